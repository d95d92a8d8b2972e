"""An instance whose root is encrypted but one of the extra data disks built in a loop is not.

expect: ebs-encrypted @ scratch-host
"""

import pulumi_aws as aws
from holdout2_kit import AMI, SG, SUBNETS

disks = [("/dev/sdf", True), ("/dev/sdg", False)]
aws.ec2.Instance(
    "scratch-host",
    ami=AMI,
    instance_type="m7g.large",
    subnet_id=SUBNETS[0],
    vpc_security_group_ids=[SG],
    associate_public_ip_address=False,
    metadata_options=aws.ec2.InstanceMetadataOptionsArgs(http_tokens="required", http_put_response_hop_limit=1),
    root_block_device=aws.ec2.InstanceRootBlockDeviceArgs(encrypted=True, volume_size=30),
    ebs_block_devices=[
        aws.ec2.InstanceEbsBlockDeviceArgs(device_name=dev, volume_size=100, encrypted=enc) for dev, enc in disks
    ],
)
