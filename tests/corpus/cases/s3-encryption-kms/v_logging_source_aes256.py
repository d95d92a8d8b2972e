"""SSE-S3 on the bucket that SENDS access logs (the source, not the log target): not a log bucket.

expect: s3-encryption-kms @ shop-data
"""

import pulumi_aws as aws
from corpus_kit import harden, hardened_bucket

logs = hardened_bucket("shop-logs", encryption=False)
aws.s3.BucketServerSideEncryptionConfiguration(
    "shop-logs-sse", bucket=logs.id, rules=[{"apply_server_side_encryption_by_default": {"sse_algorithm": "AES256"}}]
)
data = aws.s3.Bucket("shop-data", bucket="corpus-shop-data")
harden("shop-data", data, "corpus-shop-data", encryption=False)
aws.s3.BucketServerSideEncryptionConfiguration(
    "shop-data-sse", bucket=data.id, rules=[{"apply_server_side_encryption_by_default": {"sse_algorithm": "AES256"}}]
)
aws.s3.BucketLogging("shop-data-logging", bucket=data.id, target_bucket=logs.id, target_prefix="shop-data/")
