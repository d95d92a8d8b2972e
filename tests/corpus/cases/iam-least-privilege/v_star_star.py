"""A managed policy allowing everything.

expect: iam-least-privilege @ ops-everything
"""

import json

import pulumi_aws as aws

aws.iam.Policy(
    "ops-everything",
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}],
        }
    ),
)
