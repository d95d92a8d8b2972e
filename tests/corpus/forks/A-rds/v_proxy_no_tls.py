"""expect: any @ orders-proxy
category: transit
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

aws.rds.Proxy(
    "orders-proxy",
    engine_family="POSTGRESQL",
    role_arn=f"arn:aws:iam::{ACCOUNT}:role/rds-proxy",
    vpc_subnet_ids=SUBNETS,
    require_tls=False,
    auths=[{"auth_scheme": "SECRETS", "iam_auth": "REQUIRED",
            "secret_arn": f"arn:aws:secretsmanager:{REGION}:{ACCOUNT}:secret:orders-db-AbCdEf"}],
)
