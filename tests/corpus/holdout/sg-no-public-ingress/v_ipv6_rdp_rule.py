"""RDP (3389) opened to the whole IPv6 internet through vpc.SecurityGroupIngressRule.

expect: sg-no-public-ingress @ win-rdp-v6
"""

import holdout_kit as kit
import pulumi_aws as aws

sg = aws.ec2.SecurityGroup("win", vpc_id=kit.VPC_ID, description="windows hosts")
aws.vpc.SecurityGroupIngressRule(
    "win-rdp-v6", security_group_id=sg.id, ip_protocol="tcp", from_port=3389, to_port=3389, cidr_ipv6="::/0"
)
