"""No per-bucket block: the stack sets the account's AccountPublicAccessBlock with all four flags.

expect: clean
"""

import holdout_kit as kit
import pulumi_aws as aws

aws.s3.AccountPublicAccessBlock(
    "account-pab", block_public_acls=True, block_public_policy=True, ignore_public_acls=True, restrict_public_buckets=True
)
kit.secure_bucket("metrics", skip=("pab",))
