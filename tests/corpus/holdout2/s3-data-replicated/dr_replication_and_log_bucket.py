"""A prod data bucket replicated to the DR region, plus its access-log bucket (a log destination holds no data).

expect: clean
policy-config: prod
"""

import pulumi
import pulumi_aws as aws
from holdout2_kit import DR_REGION, cmk, private_bucket, tagged_provider, trust

dr = tagged_provider("dr", region=DR_REGION)
logs = private_bucket("policy-logs", sse="s3")
src = private_bucket("policies")
aws.s3.BucketLogging("policies-logging", bucket=src.id, target_bucket=logs.id, target_prefix="policies/")
dr_key = cmk("policies-dr-key", opts=pulumi.ResourceOptions(provider=dr))
dst = private_bucket("policies-dr", opts=pulumi.ResourceOptions(provider=dr), key=dr_key)
role = aws.iam.Role("policies-repl", assume_role_policy=trust("s3.amazonaws.com"))
aws.s3.BucketReplicationConfig(
    "policies-replication",
    bucket=src.id,
    role=role.arn,
    rules=[
        {
            "id": "all",
            "status": "Enabled",
            "filter": {},
            "delete_marker_replication": {"status": "Enabled"},
            "source_selection_criteria": {"sse_kms_encrypted_objects": {"status": "Enabled"}},
            "destination": {"bucket": dst.arn, "encryption_configuration": {"replica_kms_key_id": dr_key.arn}},
        }
    ],
)
