"""The deny covers objects only, not the bucket itself.

expect: s3-tls-only @ halfway
"""

import json

import pulumi_aws as aws
from corpus_kit import hardened_bucket

b = hardened_bucket("halfway", policy=False)
aws.s3.BucketPolicy(
    "halfway-policy",
    bucket=b.id,
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Sid": "DenyHttp",
                    "Effect": "Deny",
                    "Principal": "*",
                    "Action": "s3:*",
                    "Resource": "arn:aws:s3:::corpus-halfway/*",
                    "Condition": {"Bool": {"aws:SecureTransport": "false"}},
                }
            ],
        }
    ),
)
