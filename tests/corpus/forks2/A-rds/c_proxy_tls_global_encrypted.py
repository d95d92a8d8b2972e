"""RDS proxy requiring TLS; Aurora global cluster encrypted.

expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

secret_arn = f"arn:aws:secretsmanager:{kit.REGION}:{kit.ACCOUNT}:secret:orders-db-AbCdEf"
role = kit.service_role("proxy-role", "rds.amazonaws.com", [
    {"Effect": "Allow", "Action": "secretsmanager:GetSecretValue", "Resource": secret_arn}])
aws.rds.Proxy("orders-proxy", name="orders", engine_family="POSTGRESQL", require_tls=True, role_arn=role.arn,
              vpc_subnet_ids=kit.SUBNETS, vpc_security_group_ids=[kit.SG],
              auths=[{"auth_scheme": "SECRETS", "iam_auth": "REQUIRED", "secret_arn": secret_arn}])
aws.rds.GlobalCluster("global-orders", global_cluster_identifier="global-orders", engine="aurora-postgresql",
                      engine_version="15.4", database_name="orders", storage_encrypted=True, deletion_protection=True)
