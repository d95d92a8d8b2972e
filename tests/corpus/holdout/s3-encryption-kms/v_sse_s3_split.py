"""A data bucket whose split encryption resource picks SSE-S3 (AES256); it receives no access logs.

expect: s3-encryption-kms @ reports
"""

import holdout_kit as kit
import pulumi_aws as aws

bucket = kit.secure_bucket("reports", skip=("sse",))
aws.s3.BucketServerSideEncryptionConfiguration(
    "reports-aes", bucket=bucket.id, rules=[{"apply_server_side_encryption_by_default": {"sse_algorithm": "AES256"}}]
)
