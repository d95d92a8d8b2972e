"""PolicyAttachment (the exclusive, multi-entity form) with PowerUserAccess.

expect: iam-no-admin-policies @ power
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
aws.iam.PolicyAttachment("power", roles=[role.name], policy_arn="arn:aws:iam::aws:policy/PowerUserAccess")
