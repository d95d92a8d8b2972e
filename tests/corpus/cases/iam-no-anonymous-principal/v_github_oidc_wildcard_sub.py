"""GitHub OIDC trust with sub 'repo:*' (any repository), federated ARN spelled as a string.

expect: iam-no-anonymous-principal @ gha
"""

import json

import pulumi_aws as aws

aws.iam.Role(
    "gha",
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
                        "StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"},
                        "StringLike": {"token.actions.githubusercontent.com:sub": "repo:*"},
                    },
                }
            ],
        }
    ),
)
