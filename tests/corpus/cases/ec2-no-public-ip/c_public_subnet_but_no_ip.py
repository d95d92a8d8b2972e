"""Instance in a map-public subnet that explicitly opts out of a public address.

expect: clean
"""

import pulumi_aws as aws
from corpus_kit import AMI

vpc = aws.ec2.Vpc("mixed", cidr_block="10.3.0.0/16")
subnet = aws.ec2.Subnet("mixed-a", vpc_id=vpc.id, cidr_block="10.3.0.0/24", map_public_ip_on_launch=True)
aws.ec2.Instance(
    "quiet",
    ami=AMI,
    instance_type="t3.micro",
    subnet_id=subnet.id,
    associate_public_ip_address=False,
    root_block_device={"encrypted": True},
    metadata_options={"http_tokens": "required", "http_put_response_hop_limit": 1},
)
