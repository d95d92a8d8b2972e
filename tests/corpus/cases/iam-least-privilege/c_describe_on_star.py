"""Read/list actions that AWS does not scope to resources are fine on '*'.

expect: clean
"""

import json

import pulumi_aws as aws

role = aws.iam.Role(
    "monitor",
    assume_role_policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}],
        }
    ),
)
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
                        "ec2:Describe*",
                        "cloudwatch:PutMetricData",
                        "cloudwatch:ListMetrics",
                        "logs:DescribeLogGroups",
                        "ssm:DescribeParameters",
                    ],
                    "Resource": "*",
                }
            ],
        }
    ),
)
