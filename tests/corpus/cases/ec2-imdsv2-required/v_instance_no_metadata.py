"""Instance without a launch template or metadata options.

expect: ec2-imdsv2-required @ jumpbox
"""

import pulumi_aws as aws
from corpus_kit import AMI, SG, SUBNET

aws.ec2.Instance(
    "jumpbox",
    ami=AMI,
    instance_type="t3.micro",
    subnet_id=SUBNET,
    vpc_security_group_ids=[SG],
    associate_public_ip_address=False,
    root_block_device={"encrypted": True},
)
