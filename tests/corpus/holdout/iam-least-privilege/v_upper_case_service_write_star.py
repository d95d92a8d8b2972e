"""'SQS:SendMessage' (odd case) among a resource list that includes '*'.

expect: iam-least-privilege @ notifier-policy
"""

import json

import holdout_kit as kit
import pulumi_aws as aws

role = kit.lambda_role("notifier-role")
aws.iam.RolePolicy(
    "notifier-policy",
    role=role.id,
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Action": ["SQS:SendMessage"],
                    "Resource": ["arn:aws:sqs:eu-west-1:210987654321:orders", "*"],
                }
            ],
        }
    ),
)
