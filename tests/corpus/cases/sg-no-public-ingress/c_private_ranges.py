"""SSH from the RFC 1918 ranges only.

expect: clean
"""

import pulumi_aws as aws
from corpus_kit import VPC

aws.ec2.SecurityGroup(
    "internal-ssh",
    vpc_id=VPC,
    description="internal ssh",
    ingress=[
        {"protocol": "tcp", "from_port": 22, "to_port": 22, "cidr_blocks": ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"]}
    ],
)
