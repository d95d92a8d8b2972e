"""GitHub Actions OIDC trust pinned to the audience but with sub 'repo:acme/*' (any repo of the org, any branch).

expect: iam-no-anonymous-principal @ gha-deploy
"""

import json

import pulumi_aws as aws

provider_arn = "arn:aws:iam::210987654321:oidc-provider/token.actions.githubusercontent.com"
aws.iam.Role(
    "gha-deploy",
    assume_role_policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Principal": {"Federated": provider_arn},
                    "Action": "sts:AssumeRoleWithWebIdentity",
                    "Condition": {
                        "StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"},
                        "StringLike": {"token.actions.githubusercontent.com:sub": "repo:acme/*"},
                    },
                }
            ],
        }
    ),
)
