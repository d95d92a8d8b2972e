"""expect: any @ sessions
category: rest
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

aws.dynamodb.Table("sessions", billing_mode="PAY_PER_REQUEST", hash_key="id", attributes=[{"name": "id", "type": "S"}],
                   point_in_time_recovery={"enabled": True})
