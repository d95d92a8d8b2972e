"""PITR on with a 14-day recovery window, in a component looping over tables.

expect: clean
policy-config: prod
"""

import pulumi
import pulumi_aws as aws
from holdout2_kit import cmk


class Store(pulumi.ComponentResource):
    def __init__(self, name, tables, opts=None):
        super().__init__("acme:data:Store", name, None, opts)
        key = cmk(f"{name}-key", opts=pulumi.ResourceOptions(parent=self))
        for t in tables:
            aws.dynamodb.Table(
                f"{name}-{t}",
                billing_mode="PAY_PER_REQUEST",
                hash_key="id",
                attributes=[{"name": "id", "type": "S"}],
                server_side_encryption={"enabled": True, "kms_key_arn": key.arn},
                point_in_time_recovery={"enabled": True, "recovery_period_in_days": 14},
                opts=pulumi.ResourceOptions(parent=self),
            )


Store("inventory", ["items", "reservations"])
