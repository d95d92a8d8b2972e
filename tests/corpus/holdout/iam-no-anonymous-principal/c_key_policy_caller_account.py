"""A key policy with Principal '*' for kms:Decrypt pinned by kms:CallerAccount and kms:ViaService.

expect: clean
"""

import json

import pulumi_aws as aws

aws.kms.Key(
    "ebs-shared",
    enable_key_rotation=True,
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Sid": "Root",
                    "Effect": "Allow",
                    "Principal": {"AWS": "arn:aws:iam::210987654321:root"},
                    "Action": "kms:*",
                    "Resource": "*",
                },
                {
                    "Sid": "ViaEc2",
                    "Effect": "Allow",
                    "Principal": {"AWS": "*"},
                    "Action": ["kms:Decrypt", "kms:GenerateDataKey*"],
                    "Resource": "*",
                    "Condition": {
                        "StringEquals": {
                            "kms:CallerAccount": "210987654321",
                            "kms:ViaService": "ec2.eu-west-1.amazonaws.com",
                        }
                    },
                },
            ],
        }
    ),
)
