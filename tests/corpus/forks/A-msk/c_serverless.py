"""expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

aws.msk.ServerlessCluster(
    "events-serverless",
    cluster_name="events-serverless",
    vpc_configs=[{"subnet_ids": SUBNETS, "security_group_ids": [SG]}],
    client_authentication={"sasl": {"iam": {"enabled": True}}},
)
