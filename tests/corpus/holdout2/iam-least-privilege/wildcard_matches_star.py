"""An action pattern "dynamo*:*" that AWS matches like dynamodb:* (service-wide), attached to a group.

expect: iam-least-privilege @ data-team-ddb
"""

import json

import pulumi_aws as aws
from holdout2_kit import ACCOUNT

g = aws.iam.Group("data-team")
aws.iam.GroupPolicy(
    "data-team-ddb",
    group=g.name,
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Action": "dynamo*:*",
                    "Resource": f"arn:aws:dynamodb:eu-west-1:{ACCOUNT}:table/analytics-*",
                }
            ],
        }
    ),
)
