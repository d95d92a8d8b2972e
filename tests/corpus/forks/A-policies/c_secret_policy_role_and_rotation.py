"""expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

key = cmk("secrets-key")
secret = aws.secretsmanager.Secret("db-creds", kms_key_id=key.arn, recovery_window_in_days=30)
aws.secretsmanager.SecretPolicy(
    "db-creds-policy",
    secret_arn=secret.arn,
    policy=secret.arn.apply(lambda arn: json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:role/orders-api"},
                       "Action": "secretsmanager:GetSecretValue", "Resource": arn}],
    })),
)
aws.secretsmanager.SecretRotation(
    "db-creds-rotation",
    secret_id=secret.id,
    rotation_lambda_arn=f"arn:aws:lambda:{REGION}:{ACCOUNT}:function:SecretsManagerRDSPostgreSQLRotationSingleUser",
    rotation_rules={"automatically_after_days": 30},
)
