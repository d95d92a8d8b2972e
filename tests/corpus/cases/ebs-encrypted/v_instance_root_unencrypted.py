"""Standalone instance with an unencrypted root block device.

expect: ebs-encrypted @ bastion
"""

import pulumi_aws as aws
from corpus_kit import AMI, SG, SUBNET

aws.ec2.Instance(
    "bastion",
    ami=AMI,
    instance_type="t3.micro",
    subnet_id=SUBNET,
    vpc_security_group_ids=[SG],
    associate_public_ip_address=False,
    metadata_options=aws.ec2.InstanceMetadataOptionsArgs(http_tokens="required", http_put_response_hop_limit=1),
    root_block_device=aws.ec2.InstanceRootBlockDeviceArgs(volume_size=20, encrypted=False),
)
