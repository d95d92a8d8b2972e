"""Only egress to the world through vpc.SecurityGroupEgressRule and a SecurityGroupRule of type egress.

expect: clean
"""

import holdout_kit as kit
import pulumi_aws as aws

sg = aws.ec2.SecurityGroup("outbound-only", vpc_id=kit.VPC_ID)
aws.vpc.SecurityGroupEgressRule("outbound-all-v4", security_group_id=sg.id, ip_protocol="-1", cidr_ipv4="0.0.0.0/0")
aws.ec2.SecurityGroupRule(
    "outbound-all-v6",
    type="egress",
    security_group_id=sg.id,
    protocol="-1",
    from_port=0,
    to_port=0,
    ipv6_cidr_blocks=["::/0"],
)
