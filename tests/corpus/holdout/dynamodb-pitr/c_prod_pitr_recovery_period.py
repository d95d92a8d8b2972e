"""Under prod's config, a table with PITR and a 14-day recovery period.

expect: clean
policy-config: prod
"""

import holdout_kit as kit
import pulumi_aws as aws

key = kit.cmk("prod-ledger-key")
aws.dynamodb.Table(
    "prod-ledger",
    billing_mode="PROVISIONED",
    read_capacity=5,
    write_capacity=5,
    hash_key="id",
    attributes=[{"name": "id", "type": "S"}],
    server_side_encryption={"enabled": True, "kms_key_arn": key.arn},
    point_in_time_recovery={"enabled": True, "recovery_period_in_days": 14},
)
