"""SSE-KMS with the AWS-managed aws/s3 key (sse_algorithm aws:kms, no key id): still SSE-KMS.

expect: clean
"""

import holdout_kit as kit
import pulumi_aws as aws

bucket = kit.secure_bucket("wiki", skip=("sse",))
aws.s3.BucketServerSideEncryptionConfiguration(
    "wiki-sse",
    bucket=bucket.id,
    rules=[{"apply_server_side_encryption_by_default": {"sse_algorithm": "aws:kms"}, "bucket_key_enabled": True}],
)
