"""Instance placed in a subnet with map_public_ip_on_launch (no explicit associate flag).

expect: ec2-no-public-ip @ app-server
"""

import pulumi_aws as aws
from corpus_kit import AMI

vpc = aws.ec2.Vpc("main", cidr_block="10.0.0.0/16")
public = aws.ec2.Subnet(
    "public-a", vpc_id=vpc.id, cidr_block="10.0.1.0/24", availability_zone="eu-west-1a", map_public_ip_on_launch=True
)
aws.ec2.Instance(
    "app-server",
    ami=AMI,
    instance_type="t3.micro",
    subnet_id=public.id,
    root_block_device={"encrypted": True},
    metadata_options={"http_tokens": "required", "http_put_response_hop_limit": 1},
)
