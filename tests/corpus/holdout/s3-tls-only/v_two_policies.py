"""Two BucketPolicy resources target the same bucket (the second overwrites the first in AWS).

expect: s3-tls-only @ shared | shared-policy | shared-policy-2
"""

import json

import holdout_kit as kit
import pulumi_aws as aws

bucket = kit.secure_bucket("shared")
aws.s3.BucketPolicy(
    "shared-policy-2",
    bucket=bucket.id,
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Principal": {"AWS": f"arn:aws:iam::{kit.ACCOUNT_ID}:role/reader"},
                    "Action": "s3:GetObject",
                    "Resource": "arn:aws:s3:::hold-shared/*",
                }
            ],
        }
    ),
)
