"""No default tags; a DynamoDB table tagged with only Name.

config: {"aws:defaultTags": null}
expect: required-tags @ sessions
"""

import pulumi_aws as aws

aws.dynamodb.Table(
    "sessions",
    billing_mode="PAY_PER_REQUEST",
    hash_key="id",
    attributes=[{"name": "id", "type": "S"}],
    point_in_time_recovery={"enabled": True},
    tags={"Name": "sessions"},
)
