"""A managed policy whose action is written in odd case with a wildcard: 'DynamoDB:*'.

expect: iam-least-privilege @ table-access
"""

import json

import pulumi_aws as aws

aws.iam.Policy(
    "table-access",
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Action": ["DynamoDB:*"],
                    "Resource": "arn:aws:dynamodb:eu-west-1:210987654321:table/orders",
                }
            ],
        }
    ),
)
