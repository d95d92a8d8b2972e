"""A KMS key policy allowing decrypt to '*'.

expect: iam-no-anonymous-principal @ open-key
"""

import json

import pulumi_aws as aws

aws.kms.Key(
    "open-key",
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
                {"Sid": "Anyone", "Effect": "Allow", "Principal": {"AWS": "*"}, "Action": ["kms:Decrypt"], "Resource": "*"},
            ],
        }
    ),
)
