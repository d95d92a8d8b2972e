"""Team helpers (yardstick 3)."""
import json
import pulumi
import pulumi_aws as aws

VPC_ID = "vpc-0a1b2c3d4e5f60718"
PRIVATE_SUBNETS = ["subnet-0aa11bb22cc33dd44", "subnet-0ee55ff66aa77bb88"]
PUBLIC_SUBNETS = ["subnet-0123abcd4567ef890", "subnet-0fedcba9876543210"]
ACCOUNT = "123456789012"


def cmk(name, service_principals=()):
    stmts = [{"Sid": "Root", "Effect": "Allow", "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:root"},
              "Action": "kms:*", "Resource": "*"}]
    if service_principals:
        stmts.append({"Sid": "Services", "Effect": "Allow", "Principal": {"Service": list(service_principals)},
                      "Action": ["kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey"],
                      "Resource": "*", "Condition": {"StringEquals": {"aws:SourceAccount": ACCOUNT}}})
    return aws.kms.Key(name, description=f"{name} key", enable_key_rotation=True, deletion_window_in_days=30,
                       policy=json.dumps({"Version": "2012-10-17", "Statement": stmts}))


def private_sg(name, port, description="app tier"):
    sg = aws.ec2.SecurityGroup(name, description=description, vpc_id=VPC_ID)
    aws.vpc.SecurityGroupIngressRule(f"{name}-in", security_group_id=sg.id, cidr_ipv4="10.0.0.0/16",
                                     ip_protocol="tcp", from_port=port, to_port=port, description="from the VPC")
    return sg


def service_role(name, service, policy):
    role = aws.iam.Role(name, assume_role_policy=json.dumps({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Principal": {"Service": service}, "Action": "sts:AssumeRole"}]}))
    aws.iam.RolePolicy(f"{name}-inline", role=role.id, policy=json.dumps(policy))
    return role
