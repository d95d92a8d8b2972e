"""KMS key policy letting Principal * decrypt, with no condition.

expect: any @ shared-key
category: resource-policy
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

aws.kms.Key("shared-key", enable_key_rotation=True, deletion_window_in_days=30, policy=json.dumps({
    "Version": "2012-10-17",
    "Statement": [
        {"Sid": "Admin", "Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{kit.ACCOUNT}:root"}, "Action": "kms:*", "Resource": "*"},
        {"Sid": "Everyone", "Effect": "Allow", "Principal": {"AWS": "*"}, "Action": ["kms:Decrypt", "kms:DescribeKey"], "Resource": "*"},
    ]}))
