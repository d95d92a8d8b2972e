"""RDP open to all of IPv6 (Args classes).

expect: sg-no-public-ingress @ windows
"""

import pulumi_aws as aws
from corpus_kit import VPC

aws.ec2.SecurityGroup(
    "windows",
    vpc_id=VPC,
    description="windows hosts",
    ingress=[aws.ec2.SecurityGroupIngressArgs(protocol="tcp", from_port=3389, to_port=3389, ipv6_cidr_blocks=["::/0"])],
)
