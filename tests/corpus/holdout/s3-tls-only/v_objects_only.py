"""The TLS deny covers only the objects (bucket/*), not the bucket ARN itself.

expect: s3-tls-only @ uploads
"""

import json

import holdout_kit as kit
import pulumi_aws as aws

bucket = kit.secure_bucket("uploads", skip=("policy",))
aws.s3.BucketPolicy(
    "uploads-policy",
    bucket=bucket.id,
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Sid": "TlsOnly",
                    "Effect": "Deny",
                    "Principal": "*",
                    "Action": "s3:*",
                    "Resource": "arn:aws:s3:::hold-uploads/*",
                    "Condition": {"Bool": {"aws:SecureTransport": "false"}},
                }
            ],
        }
    ),
)
