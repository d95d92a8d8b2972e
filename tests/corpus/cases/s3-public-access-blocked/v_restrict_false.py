"""Public access block with restrict_public_buckets off.

expect: s3-public-access-blocked @ partner
"""

import pulumi_aws as aws
from corpus_kit import hardened_bucket

b = hardened_bucket("partner", public_access_block=False)
aws.s3.BucketPublicAccessBlock(
    "partner-pab",
    bucket=b.id,
    block_public_acls=True,
    block_public_policy=True,
    ignore_public_acls=True,
    restrict_public_buckets=False,
)
