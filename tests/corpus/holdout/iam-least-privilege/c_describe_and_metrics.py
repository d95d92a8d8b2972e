"""Describe*/PutMetricData/xray on '*' (actions AWS does not scope to resources) plus scoped S3 reads.

expect: clean
"""

import json

import holdout_kit as kit
import pulumi_aws as aws

role = aws.iam.Role("monitor", assume_role_policy=kit.LAMBDA_TRUST)
aws.iam.RolePolicy(
    "monitor-policy",
    role=role.id,
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Action": [
                        "ec2:DescribeInstances",
                        "cloudwatch:PutMetricData",
                        "xray:PutTraceSegments",
                        "xray:PutTelemetryRecords",
                    ],
                    "Resource": "*",
                },
                {
                    "Effect": "Allow",
                    "Action": ["s3:GetObject", "s3:ListBucket"],
                    "Resource": ["arn:aws:s3:::hold-reports", "arn:aws:s3:::hold-reports/*"],
                },
            ],
        }
    ),
)
