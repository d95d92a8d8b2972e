"""expect: any @ warehouse-sg
category: exposure
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

aws.ec2.SecurityGroup(
    "warehouse-sg",
    vpc_id=VPC,
    description="redshift clients",
    ingress=[{"protocol": "tcp", "from_port": 5439, "to_port": 5439, "cidr_blocks": ["0.0.0.0/0"]}],
)
