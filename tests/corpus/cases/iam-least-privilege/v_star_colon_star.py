"""The '*:*' spelling of everything.

expect: iam-least-privilege @ deploy-all
"""

import json

import pulumi_aws as aws

aws.iam.Policy(
    "deploy-all",
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": {"Effect": "Allow", "Action": "*:*", "Resource": "*"},
        }
    ),
)
