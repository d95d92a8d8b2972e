"""A bucket policy that only grants a role read access; nothing denies plain HTTP.

expect: s3-tls-only @ reader
"""

import json

import pulumi_aws as aws
from corpus_kit import ACCOUNT, hardened_bucket

b = hardened_bucket("reader", policy=False)
aws.s3.BucketPolicy(
    "reader-policy",
    bucket=b.id,
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:role/reporting"},
                    "Action": ["s3:GetObject"],
                    "Resource": "arn:aws:s3:::corpus-reader/*",
                }
            ],
        }
    ),
)
