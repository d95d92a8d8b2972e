"""The account-level block leaves ignore_public_acls off, and the bucket has no block of its own.

expect: s3-public-access-blocked @ scans
"""

import holdout_kit as kit
import pulumi_aws as aws

aws.s3.AccountPublicAccessBlock(
    "account-pab", block_public_acls=True, block_public_policy=True, ignore_public_acls=False, restrict_public_buckets=True
)
kit.secure_bucket("scans", skip=("pab",))
