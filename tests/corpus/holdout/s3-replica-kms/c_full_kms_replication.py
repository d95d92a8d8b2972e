"""Replication with SSE-KMS objects selected and replicas re-encrypted with the destination region's key.

expect: clean
"""

import json

import holdout_kit as kit
import pulumi
import pulumi_aws as aws

dr = aws.Provider(
    "dr",
    region="eu-north-1",
    default_tags={"tags": {"Owner": "platform-team", "Environment": "test", "Project": "corpus", "CostCenter": "cc-1234"}},
)
dr_key = kit.cmk("vault-dr-key", pulumi.ResourceOptions(provider=dr))
replica = kit.secure_bucket("vault-dr", key=dr_key, opts=pulumi.ResourceOptions(provider=dr))
source = kit.secure_bucket("vault")
role = aws.iam.Role(
    "vault-crr-role",
    assume_role_policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Principal": {"Service": "s3.amazonaws.com"}, "Action": "sts:AssumeRole"}],
        }
    ),
)
aws.s3.BucketReplicationConfig(
    "vault-crr",
    bucket=source.id,
    role=role.arn,
    rules=[
        {
            "id": "everything",
            "status": "Enabled",
            "source_selection_criteria": {"sse_kms_encrypted_objects": {"status": "Enabled"}},
            "destination": {"bucket": replica.arn, "encryption_configuration": {"replica_kms_key_id": dr_key.arn}},
        }
    ],
)
