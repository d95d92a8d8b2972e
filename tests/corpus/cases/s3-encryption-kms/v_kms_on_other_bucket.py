"""Two buckets made in a loop; the encryption setting is (by mistake) only attached to the first one.

expect: s3-encryption-kms @ media-1
"""

import pulumi_aws as aws
from corpus_kit import harden, rotating_key

key = rotating_key("media-key")
buckets = []
for i in range(2):
    name = f"corpus-media-{i}"
    b = aws.s3.Bucket(f"media-{i}", bucket=name)
    harden(f"media-{i}", b, name, encryption=False)
    buckets.append(b)

aws.s3.BucketServerSideEncryptionConfiguration(
    "media-sse",
    bucket=buckets[0].id,
    rules=[{"apply_server_side_encryption_by_default": {"sse_algorithm": "aws:kms", "kms_master_key_id": key.arn}}],
)
