"""A cluster group: all traffic from itself (self=True), UDP 53 only from the VPC, 443 from ::/0 with protocol "6".

expect: clean
"""

import pulumi_aws as aws
from holdout2_kit import VPC

aws.ec2.SecurityGroup(
    "cluster-sg",
    vpc_id=VPC,
    description="cluster",
    ingress=[
        {"protocol": "-1", "from_port": 0, "to_port": 0, "self": True},
        {"protocol": "udp", "from_port": 53, "to_port": 53, "cidr_blocks": ["10.0.0.0/16"]},
        {"protocol": "6", "from_port": 443, "to_port": 443, "ipv6_cidr_blocks": ["::/0"]},
    ],
)
