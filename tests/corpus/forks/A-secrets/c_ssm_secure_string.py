"""expect: clean
config: {"corpus:dbPassword": "orders-horse-battery-9"}
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

key = cmk("params-key")
aws.ssm.Parameter("db-password", name="/orders/prod/db/password", type="SecureString", key_id=key.arn,
                  value=pulumi.Config().require_secret("dbPassword"))
aws.ssm.Parameter("db-host", name="/orders/prod/db/host", type="String", value="orders.internal")
