"""Inline replicas in two regions; only the first sets a kms_key_arn.

expect: dynamodb-kms @ catalog
"""

import pulumi_aws as aws
from holdout2_kit import cmk

key = cmk("catalog-key")
replica_keys = {
    "eu-central-1": "arn:aws:kms:eu-central-1:345678901234:key/mrk-1111aaaa2222bbbb3333cccc4444dddd",
    "eu-north-1": None,
}
aws.dynamodb.Table(
    "catalog",
    billing_mode="PAY_PER_REQUEST",
    hash_key="sku",
    attributes=[{"name": "sku", "type": "S"}],
    stream_enabled=True,
    stream_view_type="NEW_AND_OLD_IMAGES",
    server_side_encryption={"enabled": True, "kms_key_arn": key.arn},
    point_in_time_recovery={"enabled": True},
    replicas=[{"region_name": r, "kms_key_arn": k, "point_in_time_recovery": True} for r, k in replica_keys.items()],
)
