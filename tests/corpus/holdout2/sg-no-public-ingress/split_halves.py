"""Postgres opened to the internet in two halves (0.0.0.0/1 and 128.0.0.0/1) by two separate rules.

expect: sg-no-public-ingress @ pg-sg | pg-low | pg-high
"""

import pulumi_aws as aws
from holdout2_kit import VPC

sg = aws.ec2.SecurityGroup("pg-sg", vpc_id=VPC, description="postgres")
for name, cidr in [("pg-low", "0.0.0.0/1"), ("pg-high", "128.0.0.0/1")]:
    aws.vpc.SecurityGroupIngressRule(
        name, security_group_id=sg.id, ip_protocol="tcp", from_port=5432, to_port=5432, cidr_ipv4=cidr
    )
