"""An Allow statement built with NotAction (everything but IAM).

expect: iam-least-privilege @ almost-admin
"""

import json

import pulumi_aws as aws

aws.iam.Policy(
    "almost-admin",
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "NotAction": ["iam:*", "organizations:*"], "Resource": "*"}],
        }
    ),
)
