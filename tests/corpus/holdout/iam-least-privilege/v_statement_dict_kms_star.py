"""A policy whose Statement is a single object (not a list) granting kms:* on one key.

expect: iam-least-privilege @ key-user
"""

import json

import pulumi_aws as aws

aws.iam.Policy(
    "key-user",
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": {
                "Effect": "Allow",
                "Action": "kms:*",
                "Resource": "arn:aws:kms:eu-west-1:210987654321:key/1234abcd-12ab-34cd-56ef-1234567890ab",
            },
        }
    ),
)
