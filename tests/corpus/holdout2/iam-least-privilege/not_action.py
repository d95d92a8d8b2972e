"""A "everything but IAM" policy written with NotAction.

expect: iam-least-privilege @ ops-policy
"""

import json

import pulumi_aws as aws

aws.iam.Policy(
    "ops-policy",
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "NotAction": ["iam:*", "organizations:*"], "Resource": "*"}],
        }
    ),
)
