"""An Elastic IP bound directly with Eip(instance=...), no separate association resource.

expect: ec2-no-public-ip @ vpn-gw
"""

import holdout_kit as kit
import pulumi_aws as aws

inst = aws.ec2.Instance(
    "vpn-gw",
    ami=kit.AMI_ID,
    instance_type="t3.small",
    subnet_id=kit.PRIVATE_SUBNETS[0],
    associate_public_ip_address=False,
    source_dest_check=False,
    root_block_device={"encrypted": True},
    metadata_options=kit.imds_v2(),
)
aws.ec2.Eip("vpn-gw-ip", domain="vpc", instance=inst.id)
