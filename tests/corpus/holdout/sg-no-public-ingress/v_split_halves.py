"""Postgres opened to the world as two halves (0.0.0.0/1 and 128.0.0.0/1) via SecurityGroupRule resources.

expect: sg-no-public-ingress @ db-open-lo | db-open-hi | db-sg
"""

import holdout_kit as kit
import pulumi_aws as aws

sg = aws.ec2.SecurityGroup("db-sg", vpc_id=kit.VPC_ID, description="db")
for suffix, cidr in (("lo", "0.0.0.0/1"), ("hi", "128.0.0.0/1")):
    aws.ec2.SecurityGroupRule(
        f"db-open-{suffix}",
        type="ingress",
        security_group_id=sg.id,
        protocol="tcp",
        from_port=5432,
        to_port=5432,
        cidr_blocks=[cidr],
    )
