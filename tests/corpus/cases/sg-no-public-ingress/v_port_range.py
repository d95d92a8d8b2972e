"""A port range 80-8080 from anywhere (includes 443 but also everything between).

expect: sg-no-public-ingress @ range
"""

import pulumi_aws as aws
from corpus_kit import VPC

aws.ec2.SecurityGroup(
    "range",
    vpc_id=VPC,
    description="range",
    ingress=[{"protocol": "tcp", "from_port": 80, "to_port": 8080, "cidr_blocks": ["0.0.0.0/0"]}],
)
