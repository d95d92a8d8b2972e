"""A public-access block that only sets two flags (the others default to false).

expect: s3-public-access-blocked @ tmp-share
"""

import pulumi_aws as aws
from holdout2_kit import private_bucket

b = private_bucket("tmp-share", block=False)
aws.s3.BucketPublicAccessBlock("tmp-share-block", bucket=b.id, block_public_acls=True, ignore_public_acls=True)
