"""A role policy granting s3:* on one bucket (service-wide action).

expect: iam-least-privilege @ etl-s3
"""

import json

import holdout_kit as kit
import pulumi_aws as aws

role = aws.iam.Role("etl", assume_role_policy=kit.LAMBDA_TRUST)
aws.iam.RolePolicy(
    "etl-s3",
    role=role.id,
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {"Effect": "Allow", "Action": "s3:*", "Resource": ["arn:aws:s3:::hold-etl", "arn:aws:s3:::hold-etl/*"]}
            ],
        }
    ),
)
