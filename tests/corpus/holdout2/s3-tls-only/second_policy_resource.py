"""A team adds a second BucketPolicy to a bucket that already has the TLS-only one (the last one applied wins).

expect: s3-tls-only @ shared-data
"""

import json

import pulumi_aws as aws
from holdout2_kit import ACCOUNT, private_bucket

b = private_bucket("shared-data")
aws.s3.BucketPolicy(
    "shared-data-analytics",
    bucket=b.id,
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:root"},
                    "Action": "s3:GetObject",
                    "Resource": "arn:aws:s3:::h2-shared-data/*",
                }
            ],
        }
    ),
)
