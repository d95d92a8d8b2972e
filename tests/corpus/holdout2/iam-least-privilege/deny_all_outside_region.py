"""A guardrail policy: specific allows plus a Deny of "*" outside eu-west-1 (a deny grants nothing).

expect: clean
"""

import json

import pulumi_aws as aws
from holdout2_kit import ACCOUNT

aws.iam.Policy(
    "region-guard",
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Action": ["ssm:GetParameter", "ssm:GetParametersByPath"],
                    "Resource": f"arn:aws:ssm:eu-west-1:{ACCOUNT}:parameter/app/*",
                },
                {"Effect": "Allow", "Action": "sts:AssumeRole", "Resource": f"arn:aws:iam::{ACCOUNT}:role/app-reader"},
                {
                    "Effect": "Deny",
                    "Action": "*",
                    "Resource": "*",
                    "Condition": {"StringNotEquals": {"aws:RequestedRegion": "eu-west-1"}},
                },
            ],
        }
    ),
)
