"""The classic: AdministratorAccess on an instance role.

expect: iam-no-admin-policies @ app-admin
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
aws.iam.RolePolicyAttachment("app-admin", role=role.name, policy_arn="arn:aws:iam::aws:policy/AdministratorAccess")
