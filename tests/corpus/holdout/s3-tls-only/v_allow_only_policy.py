"""The only bucket policy grants a role read access and has no TLS deny statement.

expect: s3-tls-only @ shared-docs
"""

import json

import holdout_kit as kit
import pulumi_aws as aws

bucket = kit.secure_bucket("shared-docs", skip=("policy",))
aws.s3.BucketPolicy(
    "shared-docs-read",
    bucket=bucket.bucket,
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Principal": {"AWS": f"arn:aws:iam::{kit.ACCOUNT_ID}:role/reader"},
                    "Action": ["s3:GetObject"],
                    "Resource": "arn:aws:s3:::hold-shared-docs/*",
                }
            ],
        }
    ),
)
