"""0.0.0.0/0 written with host bits set (AWS normalises 10.0.0.1/0 to 0.0.0.0/0).

expect: sg-no-public-ingress @ odd
"""

import pulumi_aws as aws
from corpus_kit import VPC

aws.ec2.SecurityGroup(
    "odd",
    vpc_id=VPC,
    description="odd",
    ingress=[{"protocol": "tcp", "from_port": 3306, "to_port": 3306, "cidr_blocks": ["10.0.0.1/0"]}],
)
