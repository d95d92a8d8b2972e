"""Dual-layer SSE-KMS (aws:kms:dsse) is SSE-KMS.

expect: clean
"""

import pulumi_aws as aws
from corpus_kit import hardened_bucket, rotating_key

key = rotating_key("dsse-key")
b = hardened_bucket("secrets", encryption=False)
aws.s3.BucketServerSideEncryptionConfiguration(
    "secrets-sse",
    bucket=b.id,
    rules=[{"apply_server_side_encryption_by_default": {"sse_algorithm": "aws:kms:dsse", "kms_master_key_id": key.arn}}],
)
