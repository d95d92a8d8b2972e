"""Security group allowing all protocols from anywhere (protocol "-1").
expect: any @ debug-sg
category: exposure
"""
import pulumi_aws as aws
from forks3_kit import VPC_ID

aws.ec2.SecurityGroup("debug-sg", description="temporary debug", vpc_id=VPC_ID,
    ingress=[{"protocol": "-1", "from_port": 0, "to_port": 0, "cidr_blocks": ["0.0.0.0/0"]}])
