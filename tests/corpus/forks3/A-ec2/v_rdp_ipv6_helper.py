"""A helper opening a list of admin ports; RDP open to ::/0.
expect: any @ win-rdp
category: exposure
"""
import pulumi_aws as aws
from forks3_kit import VPC_ID

sg = aws.ec2.SecurityGroup("win-admin", description="windows admin", vpc_id=VPC_ID)

def open_port(name, port, v6="::/0"):
    return aws.vpc.SecurityGroupIngressRule(name, security_group_id=sg.id, cidr_ipv6=v6, ip_protocol="tcp",
                                            from_port=port, to_port=port)

open_port("win-rdp", 3389)
