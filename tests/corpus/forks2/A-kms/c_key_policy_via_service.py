"""KMS key whose policy lets any principal in the account use it only via Secrets Manager (the AWS-documented pattern).

expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

aws.kms.Key("shared-key", enable_key_rotation=True, deletion_window_in_days=30, policy=json.dumps({
    "Version": "2012-10-17",
    "Statement": [
        {"Sid": "Admin", "Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{kit.ACCOUNT}:root"}, "Action": "kms:*", "Resource": "*"},
        {"Sid": "ViaSecretsManager", "Effect": "Allow", "Principal": {"AWS": "*"}, "Action": ["kms:Decrypt", "kms:DescribeKey"],
         "Resource": "*", "Condition": {"StringEquals": {"kms:CallerAccount": kit.ACCOUNT,
                                                          "kms:ViaService": f"secretsmanager.{kit.REGION}.amazonaws.com"}}},
    ]}))
