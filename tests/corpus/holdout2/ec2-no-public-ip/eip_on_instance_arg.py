"""An Eip created with its instance argument pointing at the instance.

expect: ec2-no-public-ip @ vpn
"""

import pulumi_aws as aws
from holdout2_kit import AMI, SG, SUBNETS

vpn = aws.ec2.Instance(
    "vpn",
    ami=AMI,
    instance_type="t3.small",
    subnet_id=SUBNETS[1],
    vpc_security_group_ids=[SG],
    source_dest_check=False,
    metadata_options={"http_tokens": "required"},
    root_block_device={"encrypted": True},
)
aws.ec2.Eip("vpn-ip", domain="vpc", instance=vpn.id)
