"""The ARN built from get_partition() (portable code), in a loop over policy names.

expect: iam-no-admin-policies @ app-AdministratorAccess
"""

import json

import pulumi_aws as aws

partition = aws.get_partition().partition
role = aws.iam.Role(
    "app",
    assume_role_policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}],
        }
    ),
)
for policy in ["AmazonSSMManagedInstanceCore", "AdministratorAccess"]:
    aws.iam.RolePolicyAttachment(f"app-{policy}", role=role.name, policy_arn=f"arn:{partition}:iam::aws:policy/{policy}")
