"""Deprecated BucketV2 with every other V2 setting but no public access block.

expect: s3-public-access-blocked @ v2-nopab
"""

import pulumi_aws as aws
from corpus_kit import rotating_key, tls_only_policy

key = rotating_key("v2-nopab-key")
b = aws.s3.BucketV2("v2-nopab", bucket="corpus-v2-nopab")
aws.s3.BucketServerSideEncryptionConfigurationV2(
    "v2-nopab-sse",
    bucket=b.id,
    rules=[{"apply_server_side_encryption_by_default": {"sse_algorithm": "aws:kms", "kms_master_key_id": key.arn}}],
)
aws.s3.BucketVersioningV2("v2-nopab-versioning", bucket=b.id, versioning_configuration={"status": "Enabled"})
aws.s3.BucketOwnershipControls("v2-nopab-own", bucket=b.id, rule={"object_ownership": "BucketOwnerEnforced"})
aws.s3.BucketPolicy("v2-nopab-policy", bucket=b.id, policy=tls_only_policy("corpus-v2-nopab"))
