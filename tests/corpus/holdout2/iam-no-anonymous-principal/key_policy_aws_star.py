"""A KMS key policy whose decrypt statement names Principal {"AWS": "*"} without a condition.

expect: iam-no-anonymous-principal @ shared-key
"""

import json

import pulumi
import pulumi_aws as aws
from holdout2_kit import ACCOUNT

aws.kms.Key(
    "shared-key",
    enable_key_rotation=True,
    deletion_window_in_days=30,
    opts=pulumi.ResourceOptions(protect=True),
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
                    "Sid": "Everyone",
                    "Effect": "Allow",
                    "Principal": {"AWS": "*"},
                    "Action": ["kms:Decrypt", "kms:DescribeKey"],
                    "Resource": "*",
                },
            ],
        }
    ),
)
