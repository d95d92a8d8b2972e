"""A component creating a CMK (with a key policy for CloudWatch Logs) and log groups encrypted with it.

expect: clean
"""

import json

import pulumi
import pulumi_aws as aws
from holdout2_kit import ACCOUNT, REGION, cmk


class Logs(pulumi.ComponentResource):
    def __init__(self, name, streams, opts=None):
        super().__init__("acme:obs:Logs", name, None, opts)
        key = cmk(
            f"{name}-key",
            opts=pulumi.ResourceOptions(parent=self),
            policy=json.dumps(
                {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Sid": "Root",
                            "Effect": "Allow",
                            "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:root"},
                            "Action": "kms:*",
                            "Resource": "*",
                        },
                        {
                            "Sid": "Logs",
                            "Effect": "Allow",
                            "Principal": {"Service": f"logs.{REGION}.amazonaws.com"},
                            "Action": [
                                "kms:Encrypt*",
                                "kms:Decrypt*",
                                "kms:ReEncrypt*",
                                "kms:GenerateDataKey*",
                                "kms:Describe*",
                            ],
                            "Resource": "*",
                            "Condition": {
                                "ArnLike": {"kms:EncryptionContext:aws:logs:arn": f"arn:aws:logs:{REGION}:{ACCOUNT}:*"}
                            },
                        },
                    ],
                }
            ),
        )
        for s in streams:
            aws.cloudwatch.LogGroup(
                f"{name}-{s}", retention_in_days=365, kms_key_id=key.arn, opts=pulumi.ResourceOptions(parent=self)
            )


Logs("orders", ["api", "worker"])
