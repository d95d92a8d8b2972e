"""The TLS deny applies to one principal only, not to everyone.

expect: s3-tls-only @ narrow
"""

import json

import pulumi_aws as aws
from corpus_kit import ACCOUNT, hardened_bucket

b = hardened_bucket("narrow", policy=False)
aws.s3.BucketPolicy(
    "narrow-policy",
    bucket=b.id,
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Deny",
                    "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:role/app"},
                    "Action": "s3:*",
                    "Resource": ["arn:aws:s3:::corpus-narrow", "arn:aws:s3:::corpus-narrow/*"],
                    "Condition": {"Bool": {"aws:SecureTransport": "false"}},
                }
            ],
        }
    ),
)
