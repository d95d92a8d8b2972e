"""Two BucketPolicy resources for one bucket: S3 keeps only one of them.

expect: s3-tls-only @ twice | twice-policy | twice-policy-extra
"""

import json

import pulumi_aws as aws
from corpus_kit import ACCOUNT, hardened_bucket

b = hardened_bucket("twice")
aws.s3.BucketPolicy(
    "twice-policy-extra",
    bucket=b.id,
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:role/etl"},
                    "Action": "s3:GetObject",
                    "Resource": "arn:aws:s3:::corpus-twice/*",
                }
            ],
        }
    ),
)
