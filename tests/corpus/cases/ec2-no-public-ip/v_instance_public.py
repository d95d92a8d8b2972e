"""Instance with associate_public_ip_address=True.

expect: ec2-no-public-ip @ demo
"""

import pulumi_aws as aws
from corpus_kit import AMI, SG, SUBNET

aws.ec2.Instance(
    "demo",
    ami=AMI,
    instance_type="t3.micro",
    subnet_id=SUBNET,
    vpc_security_group_ids=[SG],
    associate_public_ip_address=True,
    root_block_device={"encrypted": True},
    metadata_options={"http_tokens": "required", "http_put_response_hop_limit": 1},
)
