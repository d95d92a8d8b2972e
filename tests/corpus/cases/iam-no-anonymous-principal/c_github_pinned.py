"""GitHub OIDC trust pinned to one repository and branch.

expect: clean
"""

import json

import pulumi_aws as aws

aws.iam.Role(
    "gha-deploy",
    assume_role_policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Principal": {
                        "Federated": "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"
                    },
                    "Action": "sts:AssumeRoleWithWebIdentity",
                    "Condition": {
                        "StringEquals": {
                            "token.actions.githubusercontent.com:aud": "sts.amazonaws.com",
                            "token.actions.githubusercontent.com:sub": "repo:acme/shop:ref:refs/heads/main",
                        },
                    },
                }
            ],
        }
    ),
)
