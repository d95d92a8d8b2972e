"""A public-access block that allows public policies (block_public_policy False) for a future CDN.

expect: s3-public-access-blocked @ cdn-origin
"""

import pulumi_aws as aws
from holdout2_kit import private_bucket

b = private_bucket("cdn-origin", block=False)
aws.s3.BucketPublicAccessBlock(
    "cdn-origin-block",
    bucket=b.id,
    block_public_acls=True,
    block_public_policy=False,
    ignore_public_acls=True,
    restrict_public_buckets=True,
)
