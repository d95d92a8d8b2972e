"""A public access block that sets only two flags; the other two default to false.

expect: s3-public-access-blocked @ feeds
"""

import holdout_kit as kit
import pulumi_aws as aws

bucket = kit.secure_bucket("feeds", skip=("pab",))
aws.s3.BucketPublicAccessBlock("feeds-pab", bucket=bucket.id, block_public_acls=True, block_public_policy=True)
