"""Ingress tcp 80-443 from the world: a range that opens every port between the two public ones.

expect: sg-no-public-ingress @ web-range
"""

import holdout_kit as kit
import pulumi_aws as aws

aws.ec2.SecurityGroup(
    "web-range",
    vpc_id=kit.VPC_ID,
    ingress=[{"protocol": "tcp", "from_port": 80, "to_port": 443, "cidr_blocks": ["0.0.0.0/0"]}],
)
