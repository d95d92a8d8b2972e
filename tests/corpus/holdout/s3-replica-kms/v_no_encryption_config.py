"""Cross-region replication whose rule neither re-encrypts replicas with KMS nor selects SSE-KMS objects.

expect: s3-replica-kms @ primary-replication
"""

import holdout_kit as kit
import pulumi
import pulumi_aws as aws

dr = aws.Provider(
    "dr",
    region="eu-central-1",
    default_tags={"tags": {"Owner": "platform-team", "Environment": "test", "Project": "corpus", "CostCenter": "cc-1234"}},
)
replica = kit.secure_bucket("primary-dr", opts=pulumi.ResourceOptions(provider=dr))
source = kit.secure_bucket("primary")
role = aws.iam.Role(
    "replication-role",
    assume_role_policy=kit.json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Principal": {"Service": "s3.amazonaws.com"}, "Action": "sts:AssumeRole"}],
        }
    ),
)
aws.s3.BucketReplicationConfig(
    "primary-replication",
    bucket=source.id,
    role=role.arn,
    rules=[
        {
            "id": "all",
            "status": "Enabled",
            "filter": {},
            "delete_marker_replication": {"status": "Enabled"},
            "destination": {"bucket": replica.arn, "storage_class": "STANDARD"},
        }
    ],
)
