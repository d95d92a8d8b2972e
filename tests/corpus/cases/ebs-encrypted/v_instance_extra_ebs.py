"""Instance with an encrypted root but an unencrypted extra EBS block device.

expect: ebs-encrypted @ worker
"""

import pulumi_aws as aws
from corpus_kit import AMI, SG, SUBNET

aws.ec2.Instance(
    "worker",
    ami=AMI,
    instance_type="t3.small",
    subnet_id=SUBNET,
    vpc_security_group_ids=[SG],
    associate_public_ip_address=False,
    metadata_options={"http_tokens": "required", "http_put_response_hop_limit": 1},
    root_block_device={"encrypted": True, "volume_size": 20},
    ebs_block_devices=[{"device_name": "/dev/sdf", "volume_size": 100}],
)
