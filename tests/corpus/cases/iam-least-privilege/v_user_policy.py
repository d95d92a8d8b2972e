"""A group policy (not a role) with iam:* — the IAM service-wide action.

expect: iam-least-privilege @ admins-inline
"""

import json

import pulumi_aws as aws

group = aws.iam.Group("admins")
aws.iam.GroupPolicy(
    "admins-inline",
    group=group.name,
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Action": "iam:*", "Resource": "*"}],
        }
    ),
)
