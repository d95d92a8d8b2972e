"""A Deny on '*' (a guard rail) next to a scoped Allow: denies are never grants.

expect: clean
"""

import json

import pulumi_aws as aws

aws.iam.Policy(
    "guarded",
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::corpus-data/*"},
                {
                    "Effect": "Deny",
                    "Action": "*",
                    "Resource": "*",
                    "Condition": {"StringNotEquals": {"aws:RequestedRegion": "eu-west-1"}},
                },
                {"Effect": "Deny", "NotAction": "s3:GetObject", "Resource": "*"},
            ],
        }
    ),
)
