"""Under prod's config, the table has PITR but its TableReplica does not.

expect: dynamodb-pitr @ prod-users-replica
policy-config: prod
"""

import holdout_kit as kit
import pulumi
import pulumi_aws as aws

key = kit.cmk("prod-users-key")
table = aws.dynamodb.Table(
    "prod-users",
    billing_mode="PAY_PER_REQUEST",
    hash_key="id",
    attributes=[{"name": "id", "type": "S"}],
    stream_enabled=True,
    stream_view_type="NEW_AND_OLD_IMAGES",
    server_side_encryption={"enabled": True, "kms_key_arn": key.arn},
    point_in_time_recovery={"enabled": True},
)
dr = aws.Provider(
    "dr-ddb",
    region="eu-central-1",
    default_tags={"tags": {"Owner": "platform-team", "Environment": "test", "Project": "corpus", "CostCenter": "cc-1234"}},
)
dr_key = kit.cmk("prod-users-dr-key", pulumi.ResourceOptions(provider=dr))
aws.dynamodb.TableReplica(
    "prod-users-replica", global_table_arn=table.arn, kms_key_arn=dr_key.arn, opts=pulumi.ResourceOptions(provider=dr)
)
