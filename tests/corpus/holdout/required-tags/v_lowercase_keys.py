"""No default tags; a table tagged with lower-case keys (owner, environment, ...): AWS tag keys are case-sensitive.

expect: required-tags @ lower-table
config: {"aws:defaultTags": null}
"""

import holdout_kit as kit
import pulumi_aws as aws

key = kit.cmk("lower-key", None)
aws.dynamodb.Table(
    "lower-table",
    billing_mode="PAY_PER_REQUEST",
    hash_key="id",
    attributes=[{"name": "id", "type": "S"}],
    server_side_encryption={"enabled": True, "kms_key_arn": key.arn},
    point_in_time_recovery={"enabled": True},
    tags={"owner": "platform-team", "environment": "test", "project": "corpus", "costcenter": "cc-1234"},
)
