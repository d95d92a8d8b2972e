"""A key policy granting the account root and one role; Principal '*' appears only pinned by aws:PrincipalAccount.

expect: clean
"""

import json

import pulumi_aws as aws

aws.kms.Key(
    "shared-key",
    enable_key_rotation=True,
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Sid": "Root",
                    "Effect": "Allow",
                    "Principal": {"AWS": "arn:aws:iam::123456789012:root"},
                    "Action": "kms:*",
                    "Resource": "*",
                },
                {
                    "Sid": "Account",
                    "Effect": "Allow",
                    "Principal": {"AWS": "*"},
                    "Action": ["kms:Decrypt", "kms:DescribeKey"],
                    "Resource": "*",
                    "Condition": {"StringEquals": {"aws:PrincipalAccount": "123456789012"}},
                },
            ],
        }
    ),
)
