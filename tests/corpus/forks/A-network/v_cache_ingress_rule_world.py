"""expect: any @ cache-from-anywhere
category: exposure
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

sg = aws.ec2.SecurityGroup("cache-sg", vpc_id=VPC, description="cache")
aws.vpc.SecurityGroupIngressRule("cache-from-anywhere", security_group_id=sg.id, ip_protocol="tcp", from_port=6379, to_port=6379,
                                 cidr_ipv4="0.0.0.0/0")
