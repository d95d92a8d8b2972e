"""Prod bucket with no BucketOwnershipControls at all.

expect: s3-ownership-enforced @ ml-features
policy-config: prod
"""

from holdout2_kit import private_bucket

private_bucket("ml-features", ownership=False, tags={"ReplicationExempt": "true"})
