"""80 and 443 from both internets through four SecurityGroupRule resources built in a loop.

expect: clean
"""

import pulumi_aws as aws
from holdout2_kit import VPC

sg = aws.ec2.SecurityGroup("lb-sg", vpc_id=VPC, description="public lb")
for port in (80, 443):
    aws.ec2.SecurityGroupRule(
        f"lb-{port}-v4",
        type="ingress",
        security_group_id=sg.id,
        protocol="tcp",
        from_port=port,
        to_port=port,
        cidr_blocks=["0.0.0.0/0"],
    )
    aws.ec2.SecurityGroupRule(
        f"lb-{port}-v6",
        type="ingress",
        security_group_id=sg.id,
        protocol="tcp",
        from_port=port,
        to_port=port,
        ipv6_cidr_blocks=["::/0"],
    )
