"""A private instance that later gets an Elastic IP through a separate EipAssociation.

expect: ec2-no-public-ip @ smtp-relay
"""

import pulumi_aws as aws
from holdout2_kit import AMI, SG, SUBNETS

inst = aws.ec2.Instance(
    "smtp-relay",
    ami=AMI,
    instance_type="t3.small",
    subnet_id=SUBNETS[0],
    vpc_security_group_ids=[SG],
    associate_public_ip_address=False,
    metadata_options={"http_tokens": "required"},
    root_block_device={"encrypted": True},
)
eip = aws.ec2.Eip("smtp-relay-ip", domain="vpc")
aws.ec2.EipAssociation("smtp-relay-assoc", allocation_id=eip.allocation_id, instance_id=inst.id)
