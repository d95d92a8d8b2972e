"""A topic encrypted with its own CMK whose key policy lets CloudWatch alarms use it.

expect: clean
"""

import json

import pulumi_aws as aws
from holdout2_kit import ACCOUNT, cmk

key = cmk(
    "alarms-key",
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
                    "Sid": "CloudWatch",
                    "Effect": "Allow",
                    "Principal": {"Service": "cloudwatch.amazonaws.com"},
                    "Action": ["kms:Decrypt", "kms:GenerateDataKey*"],
                    "Resource": "*",
                },
            ],
        }
    ),
)
aws.sns.Topic("alarms", kms_master_key_id=key.id)
