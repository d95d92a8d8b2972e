"""A global table encrypted with a CMK whose TableReplica in the DR region sets no replica key.

expect: dynamodb-kms @ carts-replica
"""

import pulumi
import pulumi_aws as aws
from holdout2_kit import DR_REGION, cmk, tagged_provider

dr = tagged_provider("dr", region=DR_REGION)
key = cmk("carts-key")
table = aws.dynamodb.Table(
    "carts",
    billing_mode="PAY_PER_REQUEST",
    hash_key="id",
    attributes=[{"name": "id", "type": "S"}],
    stream_enabled=True,
    stream_view_type="NEW_AND_OLD_IMAGES",
    server_side_encryption={"enabled": True, "kms_key_arn": key.arn},
    point_in_time_recovery={"enabled": True},
)
aws.dynamodb.TableReplica(
    "carts-replica", global_table_arn=table.arn, point_in_time_recovery=True, opts=pulumi.ResourceOptions(provider=dr)
)
