"""Allow + NotAction grants everything except IAM on every resource.

expect: iam-least-privilege @ not-iam
"""

import json

import pulumi_aws as aws

aws.iam.Policy(
    "not-iam",
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "NotAction": ["iam:*", "organizations:*"], "Resource": "*"}],
        }
    ),
)
