"""Two /1 ranges that together are the whole IPv4 internet.

expect: sg-no-public-ingress @ sneaky
"""

import pulumi_aws as aws
from corpus_kit import VPC

aws.ec2.SecurityGroup(
    "sneaky",
    vpc_id=VPC,
    description="sneaky",
    ingress=[{"protocol": "tcp", "from_port": 22, "to_port": 22, "cidr_blocks": ["0.0.0.0/1", "128.0.0.0/1"]}],
)
