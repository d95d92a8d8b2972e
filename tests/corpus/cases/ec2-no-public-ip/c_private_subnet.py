"""Instance in a private subnet (map_public_ip_on_launch False), no public address.

expect: clean
"""

import pulumi_aws as aws
from corpus_kit import AMI

vpc = aws.ec2.Vpc("core", cidr_block="10.1.0.0/16")
private = aws.ec2.Subnet(
    "private-a", vpc_id=vpc.id, cidr_block="10.1.1.0/24", availability_zone="eu-west-1a", map_public_ip_on_launch=False
)
aws.ec2.Instance(
    "svc",
    ami=AMI,
    instance_type="t3.micro",
    subnet_id=private.id,
    root_block_device={"encrypted": True},
    metadata_options={"http_tokens": "required", "http_put_response_hop_limit": 1},
)
