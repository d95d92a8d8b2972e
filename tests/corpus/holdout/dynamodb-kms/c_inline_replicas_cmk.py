"""A table with a CMK and inline replicas, each given its own region's CMK ARN.

expect: clean
"""

import holdout_kit as kit
import pulumi_aws as aws

DR_KEY = "arn:aws:kms:eu-central-1:210987654321:key/mrk-1234abcd12ab34cd56ef1234567890ab"
key = kit.cmk("events-key")
aws.dynamodb.Table(
    "events",
    billing_mode="PAY_PER_REQUEST",
    hash_key="id",
    attributes=[{"name": "id", "type": "S"}],
    stream_enabled=True,
    stream_view_type="NEW_AND_OLD_IMAGES",
    server_side_encryption={"enabled": True, "kms_key_arn": key.arn},
    point_in_time_recovery={"enabled": True},
    replicas=[{"region_name": "eu-central-1", "point_in_time_recovery": True, "kms_key_arn": DR_KEY}],
)
