"""SSH open to the internet in an inline ingress rule.

expect: sg-no-public-ingress @ bastion
"""

import pulumi_aws as aws
from corpus_kit import VPC

aws.ec2.SecurityGroup(
    "bastion",
    vpc_id=VPC,
    description="bastion",
    ingress=[{"protocol": "tcp", "from_port": 22, "to_port": 22, "cidr_blocks": ["0.0.0.0/0"]}],
)
