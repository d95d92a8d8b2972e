"""A web group with only 443 inline; a later SecurityGroupRule in another module opens SSH on it to 0.0.0.0/0.

expect: sg-no-public-ingress @ web2-ssh | web2-sg
"""

import pulumi_aws as aws
from holdout2_kit import VPC

sg = aws.ec2.SecurityGroup(
    "web2-sg",
    vpc_id=VPC,
    description="web",
    ingress=[{"protocol": "tcp", "from_port": 443, "to_port": 443, "cidr_blocks": ["0.0.0.0/0"]}],
)
aws.ec2.SecurityGroupRule(
    "web2-ssh", type="ingress", security_group_id=sg.id, protocol="tcp", from_port=22, to_port=22, cidr_blocks=["0.0.0.0/0"]
)
