"""A bucket hardened entirely with deprecated V2 types (BucketV2 + ...V2 settings).

expect: clean
"""

import pulumi_aws as aws
from corpus_kit import rotating_key, tls_only_policy

key = rotating_key("old-key")
b = aws.s3.BucketV2("old-style", bucket="corpus-old-style")
aws.s3.BucketServerSideEncryptionConfigurationV2(
    "old-style-sse",
    bucket=b.id,
    rules=[{"apply_server_side_encryption_by_default": {"sse_algorithm": "aws:kms", "kms_master_key_id": key.id}}],
)
aws.s3.BucketVersioningV2("old-style-versioning", bucket=b.id, versioning_configuration={"status": "Enabled"})
aws.s3.BucketPublicAccessBlock(
    "old-style-pab",
    bucket=b.id,
    block_public_acls=True,
    block_public_policy=True,
    ignore_public_acls=True,
    restrict_public_buckets=True,
)
aws.s3.BucketOwnershipControls("old-style-own", bucket=b.id, rule={"object_ownership": "BucketOwnerEnforced"})
aws.s3.BucketPolicy("old-style-policy", bucket=b.id, policy=tls_only_policy("corpus-old-style"))
