"""Deprecated BucketV2 with the deprecated ...V2 encryption setting using AES256.

expect: s3-encryption-kms @ legacy
"""

import pulumi_aws as aws
from corpus_kit import harden

legacy = aws.s3.BucketV2("legacy", bucket="corpus-legacy")
harden("legacy", legacy, "corpus-legacy", encryption=False)
aws.s3.BucketServerSideEncryptionConfigurationV2(
    "legacy-sse",
    bucket=legacy.id,
    rules=[{"apply_server_side_encryption_by_default": {"sse_algorithm": "AES256"}}],
)
