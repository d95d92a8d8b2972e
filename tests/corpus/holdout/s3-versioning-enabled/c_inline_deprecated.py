"""Every setting given through the deprecated inline arguments of aws.s3.Bucket (versioning, SSE-KMS, policy).

expect: clean
"""

import holdout_kit as kit
import pulumi
import pulumi_aws as aws

key = kit.cmk("inline-key")
bucket = aws.s3.Bucket(
    "inline-style",
    bucket="hold-inline-style",
    versioning={"enabled": True},
    server_side_encryption_configuration={
        "rule": {
            "apply_server_side_encryption_by_default": {"sse_algorithm": "aws:kms", "kms_master_key_id": key.arn},
            "bucket_key_enabled": True,
        }
    },
    policy=kit.json.dumps({"Version": "2012-10-17", "Statement": [kit.deny_insecure("hold-inline-style")]}),
    opts=pulumi.ResourceOptions(protect=True),
)
aws.s3.BucketPublicAccessBlock(
    "inline-style-pab",
    bucket=bucket.id,
    block_public_acls=True,
    block_public_policy=True,
    ignore_public_acls=True,
    restrict_public_buckets=True,
)
aws.s3.BucketOwnershipControls("inline-style-own", bucket=bucket.id, rule={"object_ownership": "BucketOwnerEnforced"})
