"""A server-access-log target bucket with SSE-S3 (AWS only delivers logs to SSE-S3 buckets).

expect: clean
"""

import pulumi_aws as aws
from corpus_kit import harden, hardened_bucket

logs = aws.s3.Bucket("access-logs", bucket="corpus-access-logs")
harden("access-logs", logs, "corpus-access-logs", encryption=False)
aws.s3.BucketServerSideEncryptionConfiguration(
    "access-logs-sse", bucket=logs.id, rules=[{"apply_server_side_encryption_by_default": {"sse_algorithm": "AES256"}}]
)

data = hardened_bucket("site-data")
aws.s3.BucketLogging("site-data-logging", bucket=data.id, target_bucket=logs.id, target_prefix="site-data/")
