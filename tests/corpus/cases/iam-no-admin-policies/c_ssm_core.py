"""AmazonSSMManagedInstanceCore is explicitly accepted.

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
aws.iam.RolePolicyAttachment("app-ssm", role=role.name, policy_arn="arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore")
aws.iam.RolePolicyAttachment("app-cwagent", role=role.name, policy_arn="arn:aws:iam::aws:policy/CloudWatchAgentServerPolicy")
