"""iam:PassRole on one exact role ARN, conditioned on the service it is passed to.

expect: clean
"""

import json

import holdout_kit as kit
import pulumi_aws as aws

role = aws.iam.Role("scheduler", assume_role_policy=kit.LAMBDA_TRUST)
aws.iam.RolePolicy(
    "scheduler-pass",
    role=role.id,
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Action": "iam:PassRole",
                    "Resource": f"arn:aws:iam::{kit.ACCOUNT_ID}:role/batch-task-role",
                    "Condition": {"StringEquals": {"iam:PassedToService": "ecs-tasks.amazonaws.com"}},
                }
            ],
        }
    ),
)
