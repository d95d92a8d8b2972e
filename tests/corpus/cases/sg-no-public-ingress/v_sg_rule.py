"""A standalone SecurityGroupRule opening Postgres to 0.0.0.0/0.

expect: sg-no-public-ingress @ db-public
"""

import pulumi_aws as aws
from corpus_kit import VPC

sg = aws.ec2.SecurityGroup("db", vpc_id=VPC, description="database")
aws.ec2.SecurityGroupRule(
    "db-public",
    type="ingress",
    security_group_id=sg.id,
    protocol="tcp",
    from_port=5432,
    to_port=5432,
    cidr_blocks=["0.0.0.0/0"],
)
