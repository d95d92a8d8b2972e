"""Allow a write with NotResource: applies to every resource but one.

expect: iam-least-privilege @ not-resource
"""

import json

import pulumi_aws as aws

aws.iam.Policy(
    "not-resource",
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Action": "s3:DeleteObject", "NotResource": "arn:aws:s3:::corpus-keep/*"}],
        }
    ),
)
