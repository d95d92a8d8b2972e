"""A public access block that leaves restrict_public_buckets off.

expect: s3-public-access-blocked @ partner-drop
"""

import holdout_kit as kit
import pulumi_aws as aws

bucket = kit.secure_bucket("partner-drop", skip=("pab",))
aws.s3.BucketPublicAccessBlock(
    "partner-drop-pab",
    aws.s3.BucketPublicAccessBlockArgs(
        bucket=bucket.id,
        block_public_acls=True,
        block_public_policy=True,
        ignore_public_acls=True,
        restrict_public_buckets=False,
    ),
)
