"""protocol -1 (all traffic) from anywhere: includes 80/443 but far more.

expect: sg-no-public-ingress @ wide-open
"""

import pulumi_aws as aws
from corpus_kit import VPC

aws.ec2.SecurityGroup(
    "wide-open",
    vpc_id=VPC,
    description="wide open",
    ingress=[{"protocol": "-1", "from_port": 0, "to_port": 0, "cidr_blocks": ["0.0.0.0/0"]}],
)
