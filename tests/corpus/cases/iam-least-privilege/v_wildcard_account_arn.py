"""Writes on ARNs with wildcarded region/account/resource parts.

expect: iam-least-privilege @ table-writer
"""

import json

import pulumi_aws as aws

aws.iam.Policy(
    "table-writer",
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Action": ["dynamodb:PutItem", "dynamodb:DeleteItem"],
                    "Resource": "arn:aws:dynamodb:*:*:table/*",
                }
            ],
        }
    ),
)
