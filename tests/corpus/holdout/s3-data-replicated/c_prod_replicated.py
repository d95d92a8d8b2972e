"""Under prod's config, a source bucket replicating (KMS, SSE-KMS objects) to a bucket in another region.

expect: clean
policy-config: prod
"""

import json

import holdout_kit as kit
import pulumi
import pulumi_aws as aws

dr = aws.Provider(
    "dr",
    region="eu-central-1",
    default_tags={"tags": {"Owner": "platform-team", "Environment": "test", "Project": "corpus", "CostCenter": "cc-1234"}},
)
dr_key = kit.cmk("crm-dr-key", pulumi.ResourceOptions(provider=dr))
replica = kit.secure_bucket("crm-dr", key=dr_key, opts=pulumi.ResourceOptions(provider=dr))
src = kit.secure_bucket("crm")
role = aws.iam.Role(
    "crm-crr-role",
    assume_role_policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Principal": {"Service": "s3.amazonaws.com"}, "Action": "sts:AssumeRole"}],
        }
    ),
)
aws.s3.BucketReplicationConfig(
    "crm-crr",
    bucket=src.id,
    role=role.arn,
    rules=[
        {
            "id": "all",
            "status": "Enabled",
            "filter": {"prefix": ""},
            "delete_marker_replication": {"status": "Enabled"},
            "source_selection_criteria": {"sse_kms_encrypted_objects": {"status": "Enabled"}},
            "destination": {"bucket": replica.arn, "encryption_configuration": {"replica_kms_key_id": dr_key.arn}},
        }
    ],
)
