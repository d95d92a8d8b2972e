"""A spot instance request without metadata options.

expect: ec2-imdsv2-required @ cheap-worker
"""

import pulumi_aws as aws
from corpus_kit import AMI, SG, SUBNET

aws.ec2.SpotInstanceRequest(
    "cheap-worker",
    ami=AMI,
    instance_type="t3.micro",
    spot_price="0.01",
    subnet_id=SUBNET,
    vpc_security_group_ids=[SG],
    associate_public_ip_address=False,
    root_block_device={"encrypted": True},
)
