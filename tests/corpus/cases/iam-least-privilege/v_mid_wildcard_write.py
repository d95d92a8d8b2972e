"""A wildcard inside the action name (s3:*Object matches PutObject/DeleteObject) on any bucket.

expect: iam-least-privilege @ objects-rw
"""

import json

import pulumi_aws as aws

aws.iam.Policy(
    "objects-rw",
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Action": ["s3:*Object"], "Resource": "arn:aws:s3:::*/*"}],
        }
    ),
)
