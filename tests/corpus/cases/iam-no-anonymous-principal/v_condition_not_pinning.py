"""Principal '*' with a Condition that does not pin the caller (only requires TLS).

expect: iam-no-anonymous-principal @ tls-anyone-policy
"""

import json

import pulumi_aws as aws
from corpus_kit import hardened_bucket, tls_only_statement

b = hardened_bucket("tls-anyone", policy=False)
aws.s3.BucketPolicy(
    "tls-anyone-policy",
    bucket=b.id,
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                tls_only_statement("corpus-tls-anyone"),
                {
                    "Effect": "Allow",
                    "Principal": {"AWS": "*"},
                    "Action": "s3:GetObject",
                    "Resource": "arn:aws:s3:::corpus-tls-anyone/*",
                    "Condition": {"Bool": {"aws:SecureTransport": "true"}},
                },
            ],
        }
    ),
)
