"""A log group with a CMK (whose key policy lets CloudWatch Logs use it) and a year of retention.

expect: clean
"""

import json

import holdout_kit as kit
import pulumi_aws as aws

key = aws.kms.Key(
    "cwl-key",
    enable_key_rotation=True,
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Sid": "Root",
                    "Effect": "Allow",
                    "Principal": {"AWS": f"arn:aws:iam::{kit.ACCOUNT_ID}:root"},
                    "Action": "kms:*",
                    "Resource": "*",
                },
                {
                    "Sid": "Logs",
                    "Effect": "Allow",
                    "Principal": {"Service": "logs.eu-west-1.amazonaws.com"},
                    "Action": ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"],
                    "Resource": "*",
                    "Condition": {
                        "ArnLike": {
                            "kms:EncryptionContext:aws:logs:arn": f"arn:aws:logs:eu-west-1:{kit.ACCOUNT_ID}:log-group:*"
                        }
                    },
                },
            ],
        }
    ),
)
aws.cloudwatch.LogGroup("api-logs", name="/acme/api", retention_in_days=365, kms_key_id=key.arn)
