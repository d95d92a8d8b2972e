"""expect: any @ db-creds-policy
category: resource-policy
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

secret = aws.secretsmanager.Secret("db-creds", kms_key_id=cmk("secrets-key").arn)
aws.secretsmanager.SecretPolicy(
    "db-creds-policy",
    secret_arn=secret.arn,
    policy=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "secretsmanager:GetSecretValue", "Resource": "*"}],
    }),
)
