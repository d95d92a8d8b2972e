"""A production table with a CMK but no point-in-time recovery.

expect: dynamodb-pitr @ ledger-entries
policy-config: prod
"""

import pulumi_aws as aws
from holdout2_kit import cmk

key = cmk("ledger-key")
aws.dynamodb.Table(
    "ledger-entries",
    billing_mode="PAY_PER_REQUEST",
    hash_key="pk",
    range_key="sk",
    attributes=[{"name": "pk", "type": "S"}, {"name": "sk", "type": "S"}],
    server_side_encryption={"enabled": True, "kms_key_arn": key.arn},
    deletion_protection_enabled=True,
)
