"""A bucket policy granting one role read/write on its prefix, plus the TLS deny.

expect: clean
"""

import json

import pulumi_aws as aws
from corpus_kit import hardened_bucket, tls_only_statement

b = hardened_bucket("uploads", policy=False)
aws.s3.BucketPolicy(
    "uploads-policy",
    bucket=b.id,
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                tls_only_statement("corpus-uploads"),
                {
                    "Effect": "Allow",
                    "Principal": {"AWS": "arn:aws:iam::123456789012:role/uploader"},
                    "Action": ["s3:PutObject", "s3:GetObject"],
                    "Resource": "arn:aws:s3:::corpus-uploads/incoming/*",
                },
            ],
        }
    ),
)
