"""The two halves of the internet in two separate vpc ingress rules on the same group and port.

expect: sg-no-public-ingress @ split-low | split-high | split
"""

import pulumi_aws as aws
from corpus_kit import VPC

sg = aws.ec2.SecurityGroup("split", vpc_id=VPC, description="split")
for name, cidr in [("split-low", "0.0.0.0/1"), ("split-high", "128.0.0.0/1")]:
    aws.vpc.SecurityGroupIngressRule(
        name, security_group_id=sg.id, cidr_ipv4=cidr, from_port=6379, to_port=6379, ip_protocol="tcp"
    )
