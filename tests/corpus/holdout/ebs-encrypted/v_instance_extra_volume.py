"""An instance whose root volume is encrypted but an extra ebs_block_device is not.

expect: ebs-encrypted @ worker
"""

import holdout_kit as kit
import pulumi_aws as aws

aws.ec2.Instance(
    "worker",
    ami=kit.AMI_ID,
    instance_type="t3.medium",
    subnet_id=kit.PRIVATE_SUBNETS[0],
    vpc_security_group_ids=[kit.APP_SG],
    metadata_options=kit.imds_v2(),
    associate_public_ip_address=False,
    root_block_device={"encrypted": True, "volume_size": 20},
    ebs_block_devices=[{"device_name": "/dev/sdf", "volume_size": 200, "encrypted": False}],
)
