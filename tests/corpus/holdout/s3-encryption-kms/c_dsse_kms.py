"""Dual-layer SSE-KMS (aws:kms:dsse) with a customer key: stronger than plain SSE-KMS.

expect: clean
"""

import holdout_kit as kit
import pulumi_aws as aws

key = kit.cmk("regulated-key")
bucket = kit.secure_bucket("regulated", skip=("sse",))
aws.s3.BucketServerSideEncryptionConfiguration(
    "regulated-dsse",
    bucket=bucket.id,
    rules=[{"apply_server_side_encryption_by_default": {"sse_algorithm": "aws:kms:dsse", "kms_master_key_id": key.key_id}}],
)
