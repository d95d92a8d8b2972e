"""A template with no network_interfaces block (security groups at the top level); the instance sits in a
private subnet declared in the program.

expect: clean
"""

import pulumi_aws as aws
from corpus_kit import AMI, SG

vpc = aws.ec2.Vpc("priv", cidr_block="10.8.0.0/16")
subnet = aws.ec2.Subnet("priv-a", vpc_id=vpc.id, cidr_block="10.8.1.0/24")
aws.ec2.LaunchTemplate(
    "svc",
    image_id=AMI,
    instance_type="t3.micro",
    vpc_security_group_ids=[SG],
    metadata_options={"http_tokens": "required", "http_put_response_hop_limit": 1},
    block_device_mappings=[{"device_name": "/dev/xvda", "ebs": {"encrypted": "true"}}],
)
aws.ec2.Instance(
    "svc-1",
    ami=AMI,
    instance_type="t3.micro",
    subnet_id=subnet.id,
    root_block_device={"encrypted": True},
    metadata_options={"http_tokens": "required", "http_put_response_hop_limit": 1},
)
