"""Security-group helper opening 5432 to the VPC's IPv6 range only.

expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

sg = aws.ec2.SecurityGroup("db-sg", vpc_id=kit.VPC, description="db")


def open_port(name, port, cidr_ipv6="2001:db8:1234::/56"):
    return aws.vpc.SecurityGroupIngressRule(name, security_group_id=sg.id, ip_protocol="tcp", from_port=port, to_port=port,
                                            cidr_ipv6=cidr_ipv6)


open_port("pg-v6", 5432)
