"""A write action on Resource '*'.

expect: iam-least-privilege @ queue-writer
"""

import json

import pulumi_aws as aws

aws.iam.Policy(
    "queue-writer",
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Action": ["sqs:SendMessage", "sqs:DeleteMessage"], "Resource": "*"}],
        }
    ),
)
