"""Security group for a public NLB front: 443 from anywhere (IPv4 and IPv6), nothing else.
expect: clean
"""
import pulumi_aws as aws
from forks3_kit import VPC_ID

sg = aws.ec2.SecurityGroup("edge-sg", description="public https", vpc_id=VPC_ID)
for i, (v4, v6) in enumerate([("0.0.0.0/0", None), (None, "::/0")]):
    aws.vpc.SecurityGroupIngressRule(f"edge-https-{i}", security_group_id=sg.id, cidr_ipv4=v4, cidr_ipv6=v6,
                                     ip_protocol="tcp", from_port=443, to_port=443)
