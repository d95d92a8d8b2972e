"""A secret's resource policy that allows with NotPrincipal (everyone except one role).

expect: iam-no-anonymous-principal @ api-token-policy
"""

import json

import pulumi_aws as aws
from holdout2_kit import ACCOUNT

s = aws.secretsmanager.Secret("api-token")
aws.secretsmanager.SecretPolicy(
    "api-token-policy",
    secret_arn=s.arn,
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "NotPrincipal": {"AWS": f"arn:aws:iam::{ACCOUNT}:role/intruder"},
                    "Action": "secretsmanager:GetSecretValue",
                    "Resource": "*",
                }
            ],
        }
    ),
)
