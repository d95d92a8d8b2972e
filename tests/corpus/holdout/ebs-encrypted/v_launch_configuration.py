"""A legacy launch configuration whose root block device is explicitly unencrypted.

expect: ebs-encrypted @ legacy-lc
"""

import holdout_kit as kit
import pulumi_aws as aws

aws.ec2.LaunchConfiguration(
    "legacy-lc",
    image_id=kit.AMI_ID,
    instance_type="t3.small",
    associate_public_ip_address=False,
    metadata_options=kit.imds_v2(),
    root_block_device={"encrypted": False, "volume_size": 20},
)
