"""The deprecated BucketLoggingV2 names an SSE-S3 log bucket by its physical name string.

expect: clean
"""

import json

import holdout_kit as kit
import pulumi_aws as aws

logs = kit.secure_bucket("s3-logs-v2", skip=("sse", "policy"))
aws.s3.BucketServerSideEncryptionConfigurationV2(
    "s3-logs-v2-sse", bucket=logs.id, rules=[{"apply_server_side_encryption_by_default": {"sse_algorithm": "AES256"}}]
)
aws.s3.BucketPolicy(
    "s3-logs-v2-policy",
    bucket=logs.id,
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                kit.deny_insecure("hold-s3-logs-v2"),
                {
                    "Effect": "Allow",
                    "Principal": {"Service": "logging.s3.amazonaws.com"},
                    "Action": "s3:PutObject",
                    "Resource": "arn:aws:s3:::hold-s3-logs-v2/*",
                },
            ],
        }
    ),
)
src = kit.secure_bucket("catalog")
aws.s3.BucketLoggingV2("catalog-logging", bucket=src.id, target_bucket="hold-s3-logs-v2", target_prefix="catalog/")
