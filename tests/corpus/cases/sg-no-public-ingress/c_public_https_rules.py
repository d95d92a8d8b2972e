"""Public 443 and 80 through standalone rules (SecurityGroupRule and vpc.SecurityGroupIngressRule).

expect: clean
"""

import pulumi_aws as aws
from corpus_kit import VPC

sg = aws.ec2.SecurityGroup("edge", vpc_id=VPC, description="edge")
aws.ec2.SecurityGroupRule(
    "edge-http", type="ingress", security_group_id=sg.id, protocol="tcp", from_port=80, to_port=80, cidr_blocks=["0.0.0.0/0"]
)
aws.vpc.SecurityGroupIngressRule(
    "edge-https", security_group_id=sg.id, cidr_ipv4="0.0.0.0/0", from_port=443, to_port=443, ip_protocol="tcp"
)
