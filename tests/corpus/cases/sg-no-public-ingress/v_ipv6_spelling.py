"""IPv6 'everything' spelled ::0/0 in a vpc ingress rule.

expect: sg-no-public-ingress @ v6-ssh
"""

import pulumi_aws as aws
from corpus_kit import VPC

sg = aws.ec2.SecurityGroup("v6", vpc_id=VPC, description="v6")
aws.vpc.SecurityGroupIngressRule(
    "v6-ssh", security_group_id=sg.id, cidr_ipv6="::0/0", from_port=22, to_port=22, ip_protocol="tcp"
)
