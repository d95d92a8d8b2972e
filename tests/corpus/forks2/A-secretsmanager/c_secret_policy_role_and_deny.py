"""Secret (CMK) readable by one role; Principal * is only in a Deny for other principals.

expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

secret = aws.secretsmanager.Secret("api-secret", name="api/key", kms_key_id=kit.cmk("sm-key").arn)
reader = f"arn:aws:iam::{kit.ACCOUNT}:role/api"
aws.secretsmanager.SecretPolicy("api-secret-policy", secret_arn=secret.arn, policy=json.dumps({"Version": "2012-10-17", "Statement": [
    {"Effect": "Allow", "Principal": {"AWS": reader}, "Action": "secretsmanager:GetSecretValue", "Resource": "*"},
    {"Effect": "Deny", "Principal": "*", "Action": "secretsmanager:GetSecretValue", "Resource": "*",
     "Condition": {"StringNotEquals": {"aws:PrincipalArn": reader}}}]}))
