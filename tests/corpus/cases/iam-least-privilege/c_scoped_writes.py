"""Writes on fully qualified ARNs (account and region spelled out).

expect: clean
"""

import json

import pulumi_aws as aws

aws.iam.Policy(
    "orders-writer",
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Action": ["dynamodb:PutItem", "dynamodb:UpdateItem", "dynamodb:GetItem"],
                    "Resource": "arn:aws:dynamodb:eu-west-1:123456789012:table/orders",
                },
                {"Effect": "Allow", "Action": "sqs:SendMessage", "Resource": "arn:aws:sqs:eu-west-1:123456789012:orders"},
            ],
        }
    ),
)
