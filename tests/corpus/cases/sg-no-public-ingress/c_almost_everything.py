"""Large ranges that still do not cover the whole internet (0.0.0.0/1 + 128.0.0.0/2).

expect: clean
"""

import pulumi_aws as aws
from corpus_kit import VPC

aws.ec2.SecurityGroup(
    "big",
    vpc_id=VPC,
    description="big but not everything",
    ingress=[{"protocol": "tcp", "from_port": 22, "to_port": 22, "cidr_blocks": ["0.0.0.0/1", "128.0.0.0/2"]}],
)
