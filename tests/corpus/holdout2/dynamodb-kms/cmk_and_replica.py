"""A CMK-encrypted table with a TableReplica that names its own regional CMK.

expect: clean
"""

import pulumi
import pulumi_aws as aws
from holdout2_kit import DR_REGION, cmk, tagged_provider

dr = tagged_provider("dr", region=DR_REGION)
key, dr_key = cmk("users-key"), cmk("users-dr-key", opts=pulumi.ResourceOptions(provider=dr))
table = aws.dynamodb.Table(
    "users",
    billing_mode="PAY_PER_REQUEST",
    hash_key="id",
    attributes=[{"name": "id", "type": "S"}],
    stream_enabled=True,
    stream_view_type="NEW_AND_OLD_IMAGES",
    server_side_encryption={"enabled": True, "kms_key_arn": key.arn},
    point_in_time_recovery={"enabled": True},
)
aws.dynamodb.TableReplica(
    "users-replica",
    global_table_arn=table.arn,
    kms_key_arn=dr_key.arn,
    point_in_time_recovery=True,
    opts=pulumi.ResourceOptions(provider=dr),
)
