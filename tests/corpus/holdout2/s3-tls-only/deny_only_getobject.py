"""The TLS deny only covers s3:GetObject; uploads and listing over plain HTTP stay allowed.

expect: s3-tls-only @ scans
"""

import json

import pulumi_aws as aws
from holdout2_kit import private_bucket

b = private_bucket("scans", policy=False)
aws.s3.BucketPolicy(
    "scans-pol",
    bucket=b.id,
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Deny",
                    "Principal": "*",
                    "Action": "s3:GetObject",
                    "Resource": ["arn:aws:s3:::h2-scans", "arn:aws:s3:::h2-scans/*"],
                    "Condition": {"Bool": {"aws:SecureTransport": "false"}},
                }
            ],
        }
    ),
)
