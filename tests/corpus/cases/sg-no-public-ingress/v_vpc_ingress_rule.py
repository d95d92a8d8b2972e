"""The newer vpc.SecurityGroupIngressRule with cidr_ipv4 0.0.0.0/0 on SSH.

expect: sg-no-public-ingress @ ssh-anywhere
"""

import pulumi_aws as aws
from corpus_kit import VPC

sg = aws.ec2.SecurityGroup("admin", vpc_id=VPC, description="admin")
aws.vpc.SecurityGroupIngressRule(
    "ssh-anywhere", security_group_id=sg.id, cidr_ipv4="0.0.0.0/0", from_port=22, to_port=22, ip_protocol="tcp"
)
