"""RDP open to ::/0 through vpc.SecurityGroupIngressRule created by a helper with a default CIDR.

expect: any @ rdp-v6
category: exposure
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

sg = aws.ec2.SecurityGroup("bastion-sg", vpc_id=kit.VPC, description="bastion")


def open_port(name, port, cidr_ipv6="::/0"):
    return aws.vpc.SecurityGroupIngressRule(name, security_group_id=sg.id, ip_protocol="tcp", from_port=port, to_port=port,
                                            cidr_ipv6=cidr_ipv6)


open_port("rdp-v6", 3389)
