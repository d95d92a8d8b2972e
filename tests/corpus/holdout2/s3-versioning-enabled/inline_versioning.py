"""Versioning, encryption and the rest set inline on aws.s3.Bucket (deprecated inline arguments).

expect: clean
"""

import pulumi
import pulumi_aws as aws
from holdout2_kit import bucket_policy_json, cmk

key = cmk("legacy-inline-key")
b = aws.s3.Bucket(
    "legacy-inline",
    bucket="h2-legacy-inline",
    versioning={"enabled": True},
    server_side_encryption_configuration={
        "rule": {"apply_server_side_encryption_by_default": {"sse_algorithm": "aws:kms", "kms_master_key_id": key.arn}}
    },
    opts=pulumi.ResourceOptions(protect=True),
)
aws.s3.BucketPublicAccessBlock(
    "legacy-inline-pab",
    bucket=b.id,
    block_public_acls=True,
    block_public_policy=True,
    ignore_public_acls=True,
    restrict_public_buckets=True,
)
aws.s3.BucketOwnershipControls("legacy-inline-own", bucket=b.id, rule={"object_ownership": "BucketOwnerEnforced"})
aws.s3.BucketPolicy("legacy-inline-pol", bucket=b.id, policy=bucket_policy_json("h2-legacy-inline"))
