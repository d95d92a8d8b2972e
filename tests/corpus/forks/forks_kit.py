"""Helpers a team would keep in its own module: a rotating CMK, fixed network ids, a role for a service."""

import json

import pulumi
import pulumi_aws as aws

ACCOUNT = "123456789012"
REGION = "eu-west-1"
VPC = "vpc-0aaa1111bbbb2222c"
SUBNETS = ["subnet-0aaa1111bbbb2222c", "subnet-0bbb1111bbbb2222c", "subnet-0ccc1111bbbb2222c"]
SG = "sg-0aaa1111bbbb2222c"
CERT_ARN = "arn:aws:acm:eu-west-1:123456789012:certificate/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0"
AMI = "ami-0abcdef1234567890"


def cmk(name: str, policy: str | None = None) -> aws.kms.Key:
    kwargs = {"policy": policy} if policy else {}
    return aws.kms.Key(name, description=f"{name} key", enable_key_rotation=True, deletion_window_in_days=30, **kwargs)


def service_role(name: str, service: str, policy: dict | None = None, managed: list[str] | None = None) -> aws.iam.Role:
    role = aws.iam.Role(
        name,
        assume_role_policy=json.dumps(
            {
                "Version": "2012-10-17",
                "Statement": [{"Effect": "Allow", "Principal": {"Service": service}, "Action": "sts:AssumeRole"}],
            }
        ),
    )
    if policy:
        aws.iam.RolePolicy(f"{name}-inline", role=role.id, policy=json.dumps(policy))
    for i, arn in enumerate(managed or []):
        aws.iam.RolePolicyAttachment(f"{name}-managed-{i}", role=role.name, policy_arn=arn)
    return role


def private_sg(name: str, port: int) -> aws.ec2.SecurityGroup:
    return aws.ec2.SecurityGroup(
        name,
        vpc_id=VPC,
        description=f"{name} from the VPC only",
        ingress=[{"protocol": "tcp", "from_port": port, "to_port": port, "cidr_blocks": ["10.0.0.0/16"]}],
        egress=[{"protocol": "-1", "from_port": 0, "to_port": 0, "cidr_blocks": ["10.0.0.0/16"]}],
    )
