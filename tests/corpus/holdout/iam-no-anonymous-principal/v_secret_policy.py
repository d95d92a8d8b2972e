"""A Secrets Manager resource policy allowing Principal '*' to read the secret.

expect: iam-no-anonymous-principal @ api-token-policy
"""

import json

import holdout_kit as kit
import pulumi_aws as aws

key = kit.cmk("secret-key")
secret = aws.secretsmanager.Secret("api-token", kms_key_id=key.arn)
aws.secretsmanager.SecretPolicy(
    "api-token-policy",
    secret_arn=secret.arn,
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "secretsmanager:GetSecretValue", "Resource": "*"}],
        }
    ),
)
