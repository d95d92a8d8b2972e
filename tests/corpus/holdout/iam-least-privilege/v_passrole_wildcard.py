"""A deploy role may iam:PassRole on any role in the account (wildcard ARN).

expect: iam-least-privilege @ deployer-pass
"""

import json

import holdout_kit as kit
import pulumi_aws as aws

role = aws.iam.Role("deployer", assume_role_policy=kit.EC2_TRUST)
aws.iam.RolePolicy(
    "deployer-pass",
    role=role.name,
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {"Effect": "Allow", "Action": "iam:PassRole", "Resource": f"arn:aws:iam::{kit.ACCOUNT_ID}:role/*"}
            ],
        }
    ),
)
