"""The bucket's only policy grants a partner role read access and has no TLS deny.

expect: s3-tls-only @ exports
"""

import json

import pulumi_aws as aws
from holdout2_kit import ACCOUNT, private_bucket

b = private_bucket("exports", policy=False)
aws.s3.BucketPolicy(
    "exports-pol",
    bucket=b.id,
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:role/partner-reader"},
                    "Action": ["s3:GetObject"],
                    "Resource": "arn:aws:s3:::h2-exports/*",
                }
            ],
        }
    ),
)
