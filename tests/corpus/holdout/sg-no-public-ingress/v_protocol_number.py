"""Ingress with protocol given as the IANA number "6" (tcp), port 6379 (Redis), from ::/0 via SecurityGroupRule.

expect: sg-no-public-ingress @ redis-v6
"""

import holdout_kit as kit
import pulumi_aws as aws

sg = aws.ec2.SecurityGroup("redis", vpc_id=kit.VPC_ID)
aws.ec2.SecurityGroupRule(
    "redis-v6",
    type="ingress",
    security_group_id=sg.id,
    protocol="6",
    from_port=6379,
    to_port=6379,
    ipv6_cidr_blocks=["::/0"],
)
