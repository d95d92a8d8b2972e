"""A GitHub Actions trust pinned to one repository's production environment and the STS audience.

expect: clean
"""

import json

import pulumi_aws as aws

oidc = aws.iam.OpenIdConnectProvider(
    "github", url="https://token.actions.githubusercontent.com", client_id_lists=["sts.amazonaws.com"]
)
aws.iam.Role(
    "gha-release",
    assume_role_policy=oidc.arn.apply(
        lambda arn: json.dumps(
            {
                "Version": "2012-10-17",
                "Statement": [
                    {
                        "Effect": "Allow",
                        "Principal": {"Federated": arn},
                        "Action": "sts:AssumeRoleWithWebIdentity",
                        "Condition": {
                            "StringEquals": {
                                "token.actions.githubusercontent.com:aud": "sts.amazonaws.com",
                                "token.actions.githubusercontent.com:sub": "repo:acme-corp/payments:environment:production",
                            }
                        },
                    }
                ],
            }
        )
    ),
)
