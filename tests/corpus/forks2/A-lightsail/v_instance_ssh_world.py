"""Lightsail instance public ports opening SSH to the internet.

expect: any @ blog-ports
category: exposure
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

inst = aws.lightsail.Instance("blog", availability_zone="eu-west-1a", blueprint_id="amazon_linux_2023", bundle_id="nano_3_0")
aws.lightsail.InstancePublicPorts("blog-ports", instance_name=inst.name, port_infos=[
    {"protocol": "tcp", "from_port": 443, "to_port": 443, "cidrs": ["0.0.0.0/0"]},
    {"protocol": "tcp", "from_port": 22, "to_port": 22, "cidrs": ["0.0.0.0/0"]},
])
