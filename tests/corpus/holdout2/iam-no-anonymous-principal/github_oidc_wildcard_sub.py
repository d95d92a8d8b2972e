"""A GitHub Actions deploy role whose trust pins the audience but lets any repository of the org assume it.

expect: iam-no-anonymous-principal @ gha-deploy
"""

import pulumi_aws as aws
from holdout2_kit import ACCOUNT

trust = aws.iam.get_policy_document(
    statements=[
        {
            "actions": ["sts:AssumeRoleWithWebIdentity"],
            "principals": [
                {
                    "type": "Federated",
                    "identifiers": [f"arn:aws:iam::{ACCOUNT}:oidc-provider/token.actions.githubusercontent.com"],
                }
            ],
            "conditions": [
                {
                    "test": "StringEquals",
                    "variable": "token.actions.githubusercontent.com:aud",
                    "values": ["sts.amazonaws.com"],
                },
                {
                    "test": "StringLike",
                    "variable": "token.actions.githubusercontent.com:sub",
                    "values": ["repo:acme-corp/*"],
                },
            ],
        }
    ]
)
aws.iam.Role("gha-deploy", assume_role_policy=trust.json)
