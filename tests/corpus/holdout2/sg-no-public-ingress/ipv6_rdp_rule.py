"""RDP opened to the whole IPv6 internet through a separate SecurityGroupRule.

expect: sg-no-public-ingress @ win-rdp
"""

import pulumi_aws as aws
from holdout2_kit import VPC

sg = aws.ec2.SecurityGroup("win-sg", vpc_id=VPC, description="windows hosts")
aws.ec2.SecurityGroupRule(
    "win-rdp",
    type="ingress",
    security_group_id=sg.id,
    protocol="tcp",
    from_port=3389,
    to_port=3389,
    ipv6_cidr_blocks=["::/0"],
)
