"""The subnet maps public IPs on launch, but the instance explicitly asks for none (the instance setting wins).

expect: clean
"""

import pulumi_aws as aws
from holdout2_kit import AMI, SG, VPC

subnet = aws.ec2.Subnet("mixed-a", vpc_id=VPC, cidr_block="10.40.0.0/24", map_public_ip_on_launch=True)
aws.ec2.Instance(
    "private-in-public",
    ami=AMI,
    instance_type="m7g.medium",
    subnet_id=subnet.id,
    vpc_security_group_ids=[SG],
    associate_public_ip_address=False,
    metadata_options={"http_tokens": "required"},
    root_block_device={"encrypted": True},
)
