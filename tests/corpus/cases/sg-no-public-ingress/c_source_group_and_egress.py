"""Ingress from another security group, egress open to the world (egress is not ingress).

expect: clean
"""

import pulumi_aws as aws
from corpus_kit import VPC

app = aws.ec2.SecurityGroup(
    "app",
    vpc_id=VPC,
    description="app",
    egress=[{"protocol": "-1", "from_port": 0, "to_port": 0, "cidr_blocks": ["0.0.0.0/0"]}],
)
db = aws.ec2.SecurityGroup("db", vpc_id=VPC, description="db")
aws.vpc.SecurityGroupIngressRule(
    "db-from-app",
    security_group_id=db.id,
    referenced_security_group_id=app.id,
    from_port=5432,
    to_port=5432,
    ip_protocol="tcp",
)
aws.vpc.SecurityGroupEgressRule("db-egress", security_group_id=db.id, cidr_ipv4="0.0.0.0/0", ip_protocol="-1")
aws.ec2.SecurityGroupRule(
    "app-egress-all",
    type="egress",
    security_group_id=app.id,
    protocol="-1",
    from_port=0,
    to_port=0,
    cidr_blocks=["0.0.0.0/0"],
)
