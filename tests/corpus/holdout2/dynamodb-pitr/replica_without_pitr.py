"""The table has PITR, its TableReplica does not (PITR is per replica).

expect: dynamodb-pitr @ events-replica
policy-config: prod
"""

import pulumi
import pulumi_aws as aws
from holdout2_kit import DR_REGION, cmk, tagged_provider

dr = tagged_provider("dr", region=DR_REGION)
key, dr_key = cmk("events-key"), cmk("events-dr-key", opts=pulumi.ResourceOptions(provider=dr))
t = aws.dynamodb.Table(
    "events",
    billing_mode="PAY_PER_REQUEST",
    hash_key="id",
    attributes=[{"name": "id", "type": "S"}],
    stream_enabled=True,
    stream_view_type="NEW_AND_OLD_IMAGES",
    server_side_encryption={"enabled": True, "kms_key_arn": key.arn},
    point_in_time_recovery={"enabled": True},
)
aws.dynamodb.TableReplica(
    "events-replica", global_table_arn=t.arn, kms_key_arn=dr_key.arn, opts=pulumi.ResourceOptions(provider=dr)
)
