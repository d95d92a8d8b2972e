"""SSH from a corporate range and Postgres from another security group; egress to the world.

expect: clean
"""

import holdout_kit as kit
import pulumi_aws as aws

aws.ec2.SecurityGroup(
    "ops-access",
    vpc_id=kit.VPC_ID,
    ingress=[
        {"protocol": "tcp", "from_port": 22, "to_port": 22, "cidr_blocks": ["203.0.113.0/24", "10.0.0.0/8"]},
        {"protocol": "tcp", "from_port": 5432, "to_port": 5432, "security_groups": [kit.APP_SG]},
    ],
    egress=[{"protocol": "-1", "from_port": 0, "to_port": 0, "cidr_blocks": ["0.0.0.0/0"], "ipv6_cidr_blocks": ["::/0"]}],
)
