"""SSE-S3 (AES256) through the split resource on a bucket that receives no logs.

expect: s3-encryption-kms @ reports
"""

import pulumi_aws as aws
from corpus_kit import hardened_bucket

bucket = hardened_bucket("reports", encryption=False)
aws.s3.BucketServerSideEncryptionConfiguration(
    "reports-sse",
    bucket=bucket.id,
    rules=[
        aws.s3.BucketServerSideEncryptionConfigurationRuleArgs(
            apply_server_side_encryption_by_default=aws.s3.BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultArgs(
                sse_algorithm="AES256"
            )
        )
    ],
)
