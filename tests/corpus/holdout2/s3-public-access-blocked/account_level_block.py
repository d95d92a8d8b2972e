"""No per-bucket block; the account-level AccountPublicAccessBlock has all four flags on.

expect: clean
"""

import pulumi_aws as aws
from holdout2_kit import private_bucket

aws.s3.AccountPublicAccessBlock(
    "account-block", block_public_acls=True, block_public_policy=True, ignore_public_acls=True, restrict_public_buckets=True
)
private_bucket("ops-notes", block=False)
