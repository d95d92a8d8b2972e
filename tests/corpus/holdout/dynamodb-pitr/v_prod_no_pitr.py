"""Under prod's config, a CMK-encrypted table without point-in-time recovery.

expect: dynamodb-pitr @ prod-orders
policy-config: prod
"""

import holdout_kit as kit
import pulumi_aws as aws

key = kit.cmk("prod-orders-key")
aws.dynamodb.Table(
    "prod-orders",
    billing_mode="PAY_PER_REQUEST",
    hash_key="id",
    attributes=[{"name": "id", "type": "S"}],
    server_side_encryption={"enabled": True, "kms_key_arn": key.arn},
    deletion_protection_enabled=True,
)
