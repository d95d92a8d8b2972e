"""An Elastic IP for a NAT gateway in a public subnet; the instance sits in a private subnet without public IPs.

expect: clean
"""

import pulumi_aws as aws
from holdout2_kit import AMI, SG, VPC

public = aws.ec2.Subnet("public-a", vpc_id=VPC, cidr_block="10.30.0.0/24", map_public_ip_on_launch=False)
private = aws.ec2.Subnet("private-a", vpc_id=VPC, cidr_block="10.30.10.0/24")
eip = aws.ec2.Eip("nat-ip", domain="vpc")
aws.ec2.NatGateway("nat", allocation_id=eip.id, subnet_id=public.id)
aws.ec2.Instance(
    "worker",
    ami=AMI,
    instance_type="m7g.large",
    subnet_id=private.id,
    vpc_security_group_ids=[SG],
    metadata_options={"http_tokens": "required"},
    root_block_device={"encrypted": True},
)
