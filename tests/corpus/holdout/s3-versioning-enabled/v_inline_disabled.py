"""Deprecated inline versioning={"enabled": False} on aws.s3.Bucket, other settings split.

expect: s3-versioning-enabled @ inline-off
"""

import holdout_kit as kit
import pulumi
import pulumi_aws as aws

bucket = aws.s3.Bucket(
    "inline-off", bucket="hold-inline-off", versioning={"enabled": False}, opts=pulumi.ResourceOptions(protect=True)
)
key = kit.cmk("inline-off-key")
aws.s3.BucketServerSideEncryptionConfiguration(
    "inline-off-sse",
    bucket=bucket.id,
    rules=[{"apply_server_side_encryption_by_default": {"sse_algorithm": "aws:kms", "kms_master_key_id": key.arn}}],
)
aws.s3.BucketPublicAccessBlock(
    "inline-off-pab",
    bucket=bucket.id,
    block_public_acls=True,
    block_public_policy=True,
    ignore_public_acls=True,
    restrict_public_buckets=True,
)
aws.s3.BucketOwnershipControls("inline-off-own", bucket=bucket.id, rule={"object_ownership": "BucketOwnerEnforced"})
aws.s3.BucketPolicy(
    "inline-off-policy",
    bucket=bucket.id,
    policy=kit.json.dumps({"Version": "2012-10-17", "Statement": [kit.deny_insecure("hold-inline-off")]}),
)
