"""A CI deployer policy allows iam:PassRole on any role in the account (role/*).

expect: iam-least-privilege @ deployer-pass
"""

import pulumi
import pulumi_aws as aws
from holdout2_kit import ACCOUNT, trust

role = aws.iam.Role("deployer", assume_role_policy=trust("codebuild.amazonaws.com"))
aws.iam.RolePolicy(
    "deployer-pass",
    role=role.name,
    policy=pulumi.Output.json_dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Action": ["ecs:UpdateService", "ecs:DescribeServices"],
                    "Resource": f"arn:aws:ecs:eu-west-1:{ACCOUNT}:service/main/*",
                },
                {"Effect": "Allow", "Action": "iam:PassRole", "Resource": f"arn:aws:iam::{ACCOUNT}:role/*"},
            ],
        }
    ),
)
