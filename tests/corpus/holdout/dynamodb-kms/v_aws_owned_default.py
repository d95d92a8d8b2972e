"""A table with no server_side_encryption block (AWS-owned key) and PITR on.

expect: dynamodb-kms @ sessions
"""

import pulumi_aws as aws

aws.dynamodb.Table(
    "sessions",
    billing_mode="PAY_PER_REQUEST",
    hash_key="id",
    attributes=[{"name": "id", "type": "S"}],
    point_in_time_recovery={"enabled": True},
    ttl={"attribute_name": "expires", "enabled": True},
)
