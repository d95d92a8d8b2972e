"""Cross-region replication that replicates SSE-KMS objects but leaves the replica key unset.

expect: s3-replica-kms @ orders-replication
"""

import pulumi
import pulumi_aws as aws
from holdout2_kit import DR_REGION, private_bucket, tagged_provider, trust

dr = tagged_provider("dr", region=DR_REGION)
src = private_bucket("orders")
dst = private_bucket("orders-dr", opts=pulumi.ResourceOptions(provider=dr), tags={"ReplicationExempt": "true"})
role = aws.iam.Role("orders-repl-role", assume_role_policy=trust("s3.amazonaws.com"))
aws.s3.BucketReplicationConfig(
    "orders-replication",
    bucket=src.id,
    role=role.arn,
    rules=[
        {
            "id": "all",
            "status": "Enabled",
            "filter": {},
            "delete_marker_replication": {"status": "Enabled"},
            "source_selection_criteria": {"sse_kms_encrypted_objects": {"status": "Enabled"}},
            "destination": {"bucket": dst.arn, "storage_class": "STANDARD"},
        }
    ],
)
