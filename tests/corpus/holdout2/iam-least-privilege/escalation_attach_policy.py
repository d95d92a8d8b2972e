"""A helper role allowed to attach policies to its own role (iam:AttachRolePolicy is privilege escalation).

expect: iam-least-privilege @ self-service
"""

import json

import pulumi_aws as aws
from holdout2_kit import ACCOUNT, trust

role = aws.iam.Role(
    "self-service",
    assume_role_policy=trust("lambda.amazonaws.com"),
    inline_policies=[
        aws.iam.RoleInlinePolicyArgs(
            name="attach",
            policy=json.dumps(
                {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Effect": "Allow",
                            "Action": ["iam:AttachRolePolicy", "iam:ListAttachedRolePolicies"],
                            "Resource": f"arn:aws:iam::{ACCOUNT}:role/self-service-*",
                        }
                    ],
                }
            ),
        )
    ],
)
