"""An instance placed in a subnet the same program creates with map_public_ip_on_launch.

expect: ec2-no-public-ip @ jumpbox
"""

import pulumi_aws as aws
from holdout2_kit import AMI, SG, VPC

subnet = aws.ec2.Subnet(
    "dmz-a", vpc_id=VPC, cidr_block="10.20.0.0/24", availability_zone="eu-west-1a", map_public_ip_on_launch=True
)
aws.ec2.Instance(
    "jumpbox",
    ami=AMI,
    instance_type="t3.micro",
    subnet_id=subnet.id,
    vpc_security_group_ids=[SG],
    metadata_options={"http_tokens": "required"},
    root_block_device={"encrypted": True},
)
