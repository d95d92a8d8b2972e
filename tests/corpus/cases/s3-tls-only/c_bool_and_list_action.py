"""JSON boolean false in the condition, the action as a list, resources in the other order.

expect: clean
"""

import json

import pulumi_aws as aws
from corpus_kit import hardened_bucket

b = hardened_bucket("boolish", policy=False)
aws.s3.BucketPolicy(
    "boolish-policy",
    bucket=b.id,
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Deny",
                    "Principal": "*",
                    "Action": ["s3:*"],
                    "Resource": ["arn:aws:s3:::corpus-boolish/*", "arn:aws:s3:::corpus-boolish"],
                    "Condition": {"Bool": {"aws:SecureTransport": False}},
                }
            ],
        }
    ),
)
