"""iam:PassRole on any role.

expect: iam-least-privilege @ ci-passrole
"""

import json

import pulumi_aws as aws

aws.iam.Policy(
    "ci-passrole",
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Action": "iam:PassRole", "Resource": "arn:aws:iam::123456789012:role/*"}],
        }
    ),
)
