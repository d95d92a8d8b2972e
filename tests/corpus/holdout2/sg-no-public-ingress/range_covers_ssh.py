"""A port range 0-1024 from 0.0.0.0/0 (it includes 22 as well as 80 and 443).

expect: sg-no-public-ingress @ edge-sg
"""

import pulumi_aws as aws
from holdout2_kit import VPC

aws.ec2.SecurityGroup(
    "edge-sg",
    vpc_id=VPC,
    description="edge",
    ingress=[{"protocol": "tcp", "from_port": 0, "to_port": 1024, "cidr_blocks": ["0.0.0.0/0"]}],
)
