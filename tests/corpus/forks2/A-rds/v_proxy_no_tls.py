"""RDS proxy that does not require TLS.

expect: any @ orders-proxy
category: transit
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

role = kit.service_role("proxy-role", "rds.amazonaws.com", [
    {"Effect": "Allow", "Action": "secretsmanager:GetSecretValue",
     "Resource": f"arn:aws:secretsmanager:{kit.REGION}:{kit.ACCOUNT}:secret:orders-db-AbCdEf"}])
aws.rds.Proxy("orders-proxy", name="orders", engine_family="POSTGRESQL", require_tls=False, role_arn=role.arn,
              vpc_subnet_ids=kit.SUBNETS, vpc_security_group_ids=[kit.SG],
              auths=[{"auth_scheme": "SECRETS", "iam_auth": "REQUIRED",
                      "secret_arn": f"arn:aws:secretsmanager:{kit.REGION}:{kit.ACCOUNT}:secret:orders-db-AbCdEf"}])
