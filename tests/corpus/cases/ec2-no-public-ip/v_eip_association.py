"""An Elastic IP associated with an instance through EipAssociation.

expect: ec2-no-public-ip @ vpn | vpn-ip | vpn-ip-assoc
"""

import pulumi_aws as aws
from corpus_kit import AMI, SG, SUBNET

vpn = aws.ec2.Instance(
    "vpn",
    ami=AMI,
    instance_type="t3.micro",
    subnet_id=SUBNET,
    vpc_security_group_ids=[SG],
    associate_public_ip_address=False,
    root_block_device={"encrypted": True},
    metadata_options={"http_tokens": "required", "http_put_response_hop_limit": 1},
)
eip = aws.ec2.Eip("vpn-ip", domain="vpc")
aws.ec2.EipAssociation("vpn-ip-assoc", instance_id=vpn.id, allocation_id=eip.id)
