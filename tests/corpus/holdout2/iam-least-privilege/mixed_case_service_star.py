"""A role policy granting "S3:*" (mixed-case service prefix) on one bucket.

expect: iam-least-privilege @ etl-s3
"""

import json

import pulumi_aws as aws
from holdout2_kit import trust

role = aws.iam.Role("etl", assume_role_policy=trust("glue.amazonaws.com"))
aws.iam.RolePolicy(
    "etl-s3",
    role=role.id,
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {"Effect": "Allow", "Action": ["S3:*"], "Resource": ["arn:aws:s3:::h2-etl", "arn:aws:s3:::h2-etl/*"]}
            ],
        }
    ),
)
