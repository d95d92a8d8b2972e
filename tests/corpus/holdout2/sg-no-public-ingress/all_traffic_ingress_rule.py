"""A vpc.SecurityGroupIngressRule with ip_protocol "-1" (all ports) from 0.0.0.0/0.

expect: sg-no-public-ingress @ debug-all
"""

import pulumi_aws as aws
from holdout2_kit import VPC

sg = aws.ec2.SecurityGroup("debug-sg", vpc_id=VPC, description="debug")
aws.vpc.SecurityGroupIngressRule("debug-all", security_group_id=sg.id, ip_protocol="-1", cidr_ipv4="0.0.0.0/0")
