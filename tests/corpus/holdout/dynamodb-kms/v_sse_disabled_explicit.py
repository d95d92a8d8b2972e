"""server_side_encryption explicitly disabled while a kms_key_arn variable is left in place.

expect: dynamodb-kms @ audit-events
"""

import pulumi_aws as aws

aws.dynamodb.Table(
    "audit-events",
    billing_mode="PAY_PER_REQUEST",
    hash_key="id",
    range_key="ts",
    attributes=[{"name": "id", "type": "S"}, {"name": "ts", "type": "N"}],
    server_side_encryption={"enabled": False},
    point_in_time_recovery={"enabled": True},
)
