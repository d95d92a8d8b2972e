"""A security group opening SSH (22) to 0.0.0.0/0 inline.

expect: sg-no-public-ingress @ admin-sg
"""

import holdout_kit as kit
import pulumi_aws as aws

aws.ec2.SecurityGroup(
    "admin-sg",
    vpc_id=kit.VPC_ID,
    description="admin",
    ingress=[{"protocol": "tcp", "from_port": 22, "to_port": 22, "cidr_blocks": ["0.0.0.0/0"]}],
    egress=[{"protocol": "-1", "from_port": 0, "to_port": 0, "cidr_blocks": ["0.0.0.0/0"]}],
)
