"""A GitHub Actions trust pinned to one repository but any ref (repo:acme-corp/infra:*).

expect: iam-no-anonymous-principal @ gha-plan
"""

import json

import pulumi_aws as aws
from holdout2_kit import ACCOUNT

aws.iam.Role(
    "gha-plan",
    assume_role_policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Principal": {"Federated": f"arn:aws:iam::{ACCOUNT}:oidc-provider/token.actions.githubusercontent.com"},
                    "Action": "sts:AssumeRoleWithWebIdentity",
                    "Condition": {
                        "StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"},
                        "StringLike": {"token.actions.githubusercontent.com:sub": "repo:acme-corp/infra:*"},
                    },
                }
            ],
        }
    ),
)
