"""A global table with a CMK at home, but its TableReplica in another region gets no kms_key_arn.

expect: dynamodb-kms @ profiles-us
"""

import holdout_kit as kit
import pulumi
import pulumi_aws as aws

key = kit.cmk("profiles-key")
table = aws.dynamodb.Table(
    "profiles",
    billing_mode="PAY_PER_REQUEST",
    hash_key="id",
    attributes=[{"name": "id", "type": "S"}],
    stream_enabled=True,
    stream_view_type="NEW_AND_OLD_IMAGES",
    server_side_encryption={"enabled": True, "kms_key_arn": key.arn},
    point_in_time_recovery={"enabled": True},
)
us = aws.Provider(
    "us-east-2",
    region="us-east-2",
    default_tags={"tags": {"Owner": "platform-team", "Environment": "test", "Project": "corpus", "CostCenter": "cc-1234"}},
)
aws.dynamodb.TableReplica(
    "profiles-us", global_table_arn=table.arn, point_in_time_recovery=True, opts=pulumi.ResourceOptions(provider=us)
)
