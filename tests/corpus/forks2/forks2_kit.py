"""The team's own helpers (what a fork's `infra/common.py` would hold)."""

import json

import pulumi
import pulumi_aws as aws

ACCOUNT = "123456789012"
REGION = "eu-west-1"
VPC = "vpc-0b1c2d3e4f5a60000"
SUBNETS = ["subnet-0b1c2d3e4f5a60001", "subnet-0b1c2d3e4f5a60002"]
SG = "sg-0b1c2d3e4f5a60009"


def cmk(name: str, *services: str) -> aws.kms.Key:
    """A rotating customer-managed key; `services` are service principals (e.g. logs) allowed to use it in this account."""
    statements = [
        {
            "Sid": "AccountAdmin",
            "Effect": "Allow",
            "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:root"},
            "Action": "kms:*",
            "Resource": "*",
        }
    ]
    for svc in services:
        statements.append(
            {
                "Sid": f"Use{svc.split('.')[0].title()}",
                "Effect": "Allow",
                "Principal": {"Service": svc},
                "Action": ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"],
                "Resource": "*",
                "Condition": {"StringEquals": {"aws:SourceAccount": ACCOUNT}},
            }
        )
    kwargs = {"policy": json.dumps({"Version": "2012-10-17", "Statement": statements})} if services else {}
    return aws.kms.Key(name, description=f"{name} data key", enable_key_rotation=True, deletion_window_in_days=30, **kwargs)


def service_role(name: str, service: str, statements: list[dict]) -> aws.iam.Role:
    role = aws.iam.Role(
        name,
        assume_role_policy=json.dumps(
            {
                "Version": "2012-10-17",
                "Statement": [{"Effect": "Allow", "Principal": {"Service": service}, "Action": "sts:AssumeRole"}],
            }
        ),
    )
    aws.iam.RolePolicy(
        f"{name}-inline",
        role=role.id,
        policy=json.dumps({"Version": "2012-10-17", "Statement": statements}),
    )
    return role


def db_sg(name: str, port: int) -> aws.ec2.SecurityGroup:
    """A security group reachable only from inside the VPC."""
    return aws.ec2.SecurityGroup(
        name,
        vpc_id=VPC,
        description=f"{name} from the VPC only",
        ingress=[{"protocol": "tcp", "from_port": port, "to_port": port, "cidr_blocks": ["10.0.0.0/16"]}],
        egress=[{"protocol": "-1", "from_port": 0, "to_port": 0, "cidr_blocks": ["10.0.0.0/16"]}],
    )


def log_group(name: str, key: aws.kms.Key) -> aws.cloudwatch.LogGroup:
    return aws.cloudwatch.LogGroup(name, name=f"/corpus/{name}", kms_key_id=key.arn, retention_in_days=365)
