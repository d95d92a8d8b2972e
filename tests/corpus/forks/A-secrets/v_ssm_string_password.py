"""expect: any @ db-password
category: secret
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

aws.ssm.Parameter("db-password", name="/orders/prod/db/password", type="String", value="Tr0ub4dor&3-orders")
