"""A jump host explicitly given a public IP.

expect: ec2-no-public-ip @ jump
"""

import holdout_kit as kit
import pulumi_aws as aws

aws.ec2.Instance(
    "jump",
    ami=kit.AMI_ID,
    instance_type="t3.micro",
    subnet_id=kit.PRIVATE_SUBNETS[0],
    associate_public_ip_address=True,
    root_block_device={"encrypted": True},
    metadata_options=kit.imds_v2(),
)
