"""A customer-managed policy whose name happens to contain 'FullAccess' but is scoped.

expect: clean
"""

import json

import pulumi_aws as aws

role = aws.iam.Role(
    "app",
    assume_role_policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}],
        }
    ),
)
scoped = aws.iam.Policy(
    "ReportsFullAccess",
    name="ReportsFullAccess",
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {"Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject"], "Resource": "arn:aws:s3:::corpus-reports/*"}
            ],
        }
    ),
)
aws.iam.RolePolicyAttachment("app-reports", role=role.name, policy_arn=scoped.arn)
