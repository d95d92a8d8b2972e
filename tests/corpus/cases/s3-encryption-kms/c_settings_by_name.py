"""Settings that name their bucket by its literal physical name (a common copy-paste from Terraform docs).

expect: clean
"""

import pulumi_aws as aws
from corpus_kit import rotating_key, tls_only_policy

NAME = "corpus-by-name"
key = rotating_key("by-name-key")
aws.s3.Bucket("by-name", bucket=NAME)
aws.s3.BucketServerSideEncryptionConfiguration(
    "by-name-sse",
    bucket=NAME,
    rules=[{"apply_server_side_encryption_by_default": {"sse_algorithm": "aws:kms", "kms_master_key_id": key.arn}}],
)
aws.s3.BucketVersioning("by-name-versioning", bucket=NAME, versioning_configuration={"status": "Enabled"})
aws.s3.BucketPublicAccessBlock(
    "by-name-pab",
    bucket=NAME,
    block_public_acls=True,
    block_public_policy=True,
    ignore_public_acls=True,
    restrict_public_buckets=True,
)
aws.s3.BucketOwnershipControls("by-name-own", bucket=NAME, rule={"object_ownership": "BucketOwnerEnforced"})
aws.s3.BucketPolicy("by-name-policy", bucket=NAME, policy=tls_only_policy(NAME))
