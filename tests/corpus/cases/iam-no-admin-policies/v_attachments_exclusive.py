"""RolePolicyAttachmentsExclusive with AmazonEC2FullAccess.

expect: iam-no-admin-policies @ app-managed
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
aws.iam.RolePolicyAttachmentsExclusive(
    "app-managed",
    role_name=role.name,
    policy_arns=[
        "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore",
        "arn:aws:iam::aws:policy/AmazonEC2FullAccess",
    ],
)
