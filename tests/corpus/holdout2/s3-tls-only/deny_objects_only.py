"""The TLS deny names only the objects (bucket/*), not the bucket itself, so ListBucket over HTTP is allowed.

expect: s3-tls-only @ telemetry
"""

import json

import pulumi_aws as aws
from holdout2_kit import private_bucket

b = private_bucket("telemetry", policy=False)
aws.s3.BucketPolicy(
    "telemetry-pol",
    bucket=b.id,
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Deny",
                    "Principal": "*",
                    "Action": "s3:*",
                    "Resource": "arn:aws:s3:::h2-telemetry/*",
                    "Condition": {"Bool": {"aws:SecureTransport": "false"}},
                }
            ],
        }
    ),
)
