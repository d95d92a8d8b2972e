"""A launch configuration with encrypted root but no metadata_options (IMDSv1 allowed).

expect: ec2-imdsv2-required @ old-lc
"""

import holdout_kit as kit
import pulumi_aws as aws

aws.ec2.LaunchConfiguration(
    "old-lc",
    image_id=kit.AMI_ID,
    instance_type="t3.small",
    associate_public_ip_address=False,
    root_block_device={"encrypted": True},
)
