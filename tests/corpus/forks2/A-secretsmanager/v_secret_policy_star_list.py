"""Secrets Manager resource policy with Principal {AWS: [*]} reading the secret.

expect: any @ api-secret-policy | api-secret
category: resource-policy
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

secret = aws.secretsmanager.Secret("api-secret", name="api/key", kms_key_id=kit.cmk("sm-key").arn)


def reader_policy(principals):
    return json.dumps({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Principal": {"AWS": principals}, "Action": "secretsmanager:GetSecretValue", "Resource": "*"}]})


aws.secretsmanager.SecretPolicy("api-secret-policy", secret_arn=secret.arn, policy=reader_policy(["*"]))
