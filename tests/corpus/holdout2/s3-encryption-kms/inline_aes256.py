"""A bucket with inline SSE-S3 (deprecated inline argument) holding application data.

expect: s3-encryption-kms @ app-data
"""

import pulumi
import pulumi_aws as aws
from holdout2_kit import bucket_policy_json, harden_no_policy

b = aws.s3.Bucket(
    "app-data",
    bucket="h2-app-data",
    opts=pulumi.ResourceOptions(protect=True),
    server_side_encryption_configuration={"rule": {"apply_server_side_encryption_by_default": {"sse_algorithm": "AES256"}}},
)
harden_no_policy("app-data", b, sse=False)
aws.s3.BucketPolicy("app-data-pol", bucket=b.id, policy=bucket_policy_json("h2-app-data"))
