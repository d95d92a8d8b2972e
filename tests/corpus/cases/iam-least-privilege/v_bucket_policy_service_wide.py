"""A bucket policy granting a role s3:* (next to the TLS deny).

expect: iam-least-privilege @ shared-policy
"""

import json

import pulumi_aws as aws
from corpus_kit import hardened_bucket, tls_only_statement

b = hardened_bucket("shared", policy=False)
aws.s3.BucketPolicy(
    "shared-policy",
    bucket=b.id,
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                tls_only_statement("corpus-shared"),
                {
                    "Effect": "Allow",
                    "Principal": {"AWS": "arn:aws:iam::123456789012:role/etl"},
                    "Action": "s3:*",
                    "Resource": ["arn:aws:s3:::corpus-shared", "arn:aws:s3:::corpus-shared/*"],
                },
            ],
        }
    ),
)
