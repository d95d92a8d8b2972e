"""Mixed-case service wildcard (IAM action names are case-insensitive).

expect: iam-least-privilege @ dyn-admin
"""

import json

import pulumi_aws as aws

aws.iam.Policy(
    "dyn-admin",
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Action": "DynamoDB:*",
                    "Resource": "arn:aws:dynamodb:eu-west-1:123456789012:table/orders",
                }
            ],
        }
    ),
)
