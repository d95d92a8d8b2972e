"""Database ingress from another security group and from a managed prefix list; all-egress to the internet.

expect: clean
"""

import pulumi_aws as aws
from holdout2_kit import VPC

app = aws.ec2.SecurityGroup("app-sg", vpc_id=VPC, description="app")
db = aws.ec2.SecurityGroup("db-sg", vpc_id=VPC, description="db")
aws.ec2.SecurityGroupRule(
    "db-from-app",
    type="ingress",
    security_group_id=db.id,
    protocol="tcp",
    from_port=5432,
    to_port=5432,
    source_security_group_id=app.id,
)
aws.vpc.SecurityGroupIngressRule(
    "db-from-vpn",
    security_group_id=db.id,
    ip_protocol="tcp",
    from_port=5432,
    to_port=5432,
    prefix_list_id="pl-0a1b2c3d4e5f60718",
)
aws.vpc.SecurityGroupEgressRule("app-out", security_group_id=app.id, ip_protocol="-1", cidr_ipv4="0.0.0.0/0")
