"""s3:* on one bucket is still a service-wide action.

expect: iam-least-privilege @ app-s3
"""

import json

import pulumi_aws as aws

aws.iam.Policy(
    "app-s3",
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {"Effect": "Allow", "Action": ["s3:*"], "Resource": ["arn:aws:s3:::corpus-app", "arn:aws:s3:::corpus-app/*"]}
            ],
        }
    ),
)
