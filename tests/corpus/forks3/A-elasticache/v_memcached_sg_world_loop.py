"""Security-group ingress rules generated from a list of (port, cidr); memcached 11211 from the internet.
expect: any @ mc-11211
category: exposure
"""
import pulumi_aws as aws
from forks3_kit import VPC_ID

sg = aws.ec2.SecurityGroup("memcached-sg", description="memcached", vpc_id=VPC_ID)
for port, cidr in [(11211, "0.0.0.0/0"), (22, "10.0.0.0/16")]:
    aws.ec2.SecurityGroupRule(f"mc-{port}", type="ingress", security_group_id=sg.id, protocol="tcp",
                              from_port=port, to_port=port, cidr_blocks=[cidr])
