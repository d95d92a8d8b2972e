"""Three flags set, ignore_public_acls left out (defaults to false).

expect: s3-public-access-blocked @ images
"""

import pulumi_aws as aws
from corpus_kit import hardened_bucket

b = hardened_bucket("images", public_access_block=False)
aws.s3.BucketPublicAccessBlock(
    "images-pab",
    aws.s3.BucketPublicAccessBlockArgs(
        bucket=b.id, block_public_acls=True, block_public_policy=True, restrict_public_buckets=True
    ),
)
