"""expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

# not secrets: a password-length policy and the secret's ARN, stored as plain String parameters
aws.ssm.Parameter("password-min-length", name="/auth/password_min_length", type="String", value="14")
aws.ssm.Parameter("db-password-secret-arn", name="/orders/db_password_secret_arn", type="String",
                  value=f"arn:aws:secretsmanager:{REGION}:{ACCOUNT}:secret:orders-db-AbCdEf")
