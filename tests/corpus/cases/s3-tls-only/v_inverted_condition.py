"""Deny with the condition inverted (denies TLS requests instead of plain ones).

expect: s3-tls-only @ inverted
"""

import json

import pulumi_aws as aws
from corpus_kit import hardened_bucket

b = hardened_bucket("inverted", policy=False)
aws.s3.BucketPolicy(
    "inverted-policy",
    bucket=b.id,
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Deny",
                    "Principal": "*",
                    "Action": "s3:*",
                    "Resource": ["arn:aws:s3:::corpus-inverted", "arn:aws:s3:::corpus-inverted/*"],
                    "Condition": {"Bool": {"aws:SecureTransport": "true"}},
                }
            ],
        }
    ),
)
