"""Ingress from a managed prefix list on SSH (no CIDR at all).

expect: clean
"""

import pulumi_aws as aws
from corpus_kit import VPC

pl = aws.ec2.ManagedPrefixList(
    "office", address_family="IPv4", max_entries=5, entries=[{"cidr": "203.0.113.0/24", "description": "office"}]
)
aws.ec2.SecurityGroup(
    "office-ssh",
    vpc_id=VPC,
    description="office ssh",
    ingress=[{"protocol": "tcp", "from_port": 22, "to_port": 22, "prefix_list_ids": [pl.id]}],
)
