"""The TLS deny's condition value is the JSON boolean false (not the string "false"), Action s3:* via a list.

expect: clean
"""

import json

import holdout_kit as kit
import pulumi_aws as aws

bucket = kit.secure_bucket("telemetry", skip=("policy",))
aws.s3.BucketPolicy(
    "telemetry-policy",
    bucket=bucket.id,
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Deny",
                    "Principal": {"AWS": "*"},
                    "Action": ["s3:*"],
                    "Resource": ["arn:aws:s3:::hold-telemetry", "arn:aws:s3:::hold-telemetry/*"],
                    "Condition": {"Bool": {"aws:SecureTransport": False}},
                }
            ],
        }
    ),
)
