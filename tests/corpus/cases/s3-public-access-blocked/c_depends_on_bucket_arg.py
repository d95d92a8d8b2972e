"""Settings receive `bucket.bucket` (the name output) rather than `bucket.id`.

expect: clean
"""

import pulumi_aws as aws
from corpus_kit import rotating_key, tls_only_policy

key = rotating_key("named-key")
b = aws.s3.Bucket("named", bucket="corpus-named")
aws.s3.BucketServerSideEncryptionConfiguration(
    "named-sse",
    bucket=b.bucket,
    rules=[{"apply_server_side_encryption_by_default": {"sse_algorithm": "aws:kms", "kms_master_key_id": key.arn}}],
)
aws.s3.BucketVersioning("named-versioning", bucket=b.bucket, versioning_configuration={"status": "Enabled"})
aws.s3.BucketPublicAccessBlock(
    "named-pab",
    bucket=b.bucket,
    block_public_acls=True,
    block_public_policy=True,
    ignore_public_acls=True,
    restrict_public_buckets=True,
)
aws.s3.BucketOwnershipControls("named-own", bucket=b.bucket, rule={"object_ownership": "BucketOwnerEnforced"})
aws.s3.BucketPolicy("named-policy", bucket=b.bucket, policy=tls_only_policy("corpus-named"))
