"""A prod data bucket with everything but replication.

expect: s3-data-replicated @ contracts
policy-config: prod
"""

from holdout2_kit import private_bucket

private_bucket("contracts")
