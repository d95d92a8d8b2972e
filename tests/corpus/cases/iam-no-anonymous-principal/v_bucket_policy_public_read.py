"""A bucket policy that lets everyone read objects (next to the TLS deny).

expect: iam-no-anonymous-principal @ public-site-policy
"""

import json

import pulumi_aws as aws
from corpus_kit import hardened_bucket, tls_only_statement

b = hardened_bucket("public-site", policy=False)
aws.s3.BucketPolicy(
    "public-site-policy",
    bucket=b.id,
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                tls_only_statement("corpus-public-site"),
                {
                    "Sid": "PublicRead",
                    "Effect": "Allow",
                    "Principal": "*",
                    "Action": "s3:GetObject",
                    "Resource": "arn:aws:s3:::corpus-public-site/*",
                },
            ],
        }
    ),
)
