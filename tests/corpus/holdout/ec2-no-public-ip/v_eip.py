"""A private instance that gets an Elastic IP attached through EipAssociation.

expect: ec2-no-public-ip @ mail-relay
"""

import holdout_kit as kit
import pulumi_aws as aws

inst = aws.ec2.Instance(
    "mail-relay",
    ami=kit.AMI_ID,
    instance_type="t3.small",
    subnet_id=kit.PRIVATE_SUBNETS[0],
    associate_public_ip_address=False,
    root_block_device={"encrypted": True},
    metadata_options=kit.imds_v2(),
)
eip = aws.ec2.Eip("mail-relay-ip", domain="vpc")
aws.ec2.EipAssociation("mail-relay-assoc", instance_id=inst.id, allocation_id=eip.allocation_id)
