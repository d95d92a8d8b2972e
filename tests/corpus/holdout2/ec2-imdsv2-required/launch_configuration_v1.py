"""An old-style launch configuration for an ASG with no metadata options at all.

expect: ec2-imdsv2-required @ legacy-lc
"""

import pulumi_aws as aws
from holdout2_kit import AMI, SG

aws.ec2.LaunchConfiguration(
    "legacy-lc",
    image_id=AMI,
    instance_type="t3.small",
    security_groups=[SG],
    associate_public_ip_address=False,
    root_block_device={"encrypted": True, "volume_size": 20},
)
