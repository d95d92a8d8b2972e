"""A spot request with an encrypted root and an encrypted extra disk with a customer key.

expect: clean
"""

import pulumi_aws as aws
from holdout2_kit import AMI, SG, SUBNETS, cmk

key = cmk("spot-ebs")
aws.ec2.SpotInstanceRequest(
    "render-spot",
    ami=AMI,
    instance_type="c7g.xlarge",
    spot_price="0.10",
    subnet_id=SUBNETS[1],
    vpc_security_group_ids=[SG],
    associate_public_ip_address=False,
    metadata_options={"http_tokens": "required", "http_put_response_hop_limit": 2},
    root_block_device={"encrypted": True, "kms_key_id": key.arn},
    ebs_block_devices=[{"device_name": "/dev/sdh", "volume_size": 200, "encrypted": True, "kms_key_id": key.arn}],
)
