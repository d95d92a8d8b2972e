"""An Elastic IP attached directly to an instance.

expect: ec2-no-public-ip @ mail | mail-ip
"""

import pulumi_aws as aws
from corpus_kit import AMI, SG, SUBNET

mail = aws.ec2.Instance(
    "mail",
    ami=AMI,
    instance_type="t3.micro",
    subnet_id=SUBNET,
    vpc_security_group_ids=[SG],
    associate_public_ip_address=False,
    root_block_device={"encrypted": True},
    metadata_options={"http_tokens": "required", "http_put_response_hop_limit": 1},
)
aws.ec2.Eip("mail-ip", domain="vpc", instance=mail.id)
