"""Prod scratch bucket, BucketOwnerEnforced, tagged ReplicationExempt, protected.

expect: clean
policy-config: prod
"""

from holdout2_kit import private_bucket

private_bucket("scratch", tags={"ReplicationExempt": "true"})
