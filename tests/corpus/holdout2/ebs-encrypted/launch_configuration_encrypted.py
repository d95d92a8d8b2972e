"""An old launch configuration with encrypted root and data disks (encrypted given as the string "true") and IMDSv2.

expect: clean
"""

import pulumi_aws as aws
from holdout2_kit import AMI, SG

aws.ec2.LaunchConfiguration(
    "reports-lc",
    image_id=AMI,
    instance_type="m7g.large",
    security_groups=[SG],
    associate_public_ip_address=False,
    metadata_options={"http_tokens": "required", "http_endpoint": "enabled", "http_put_response_hop_limit": 1},
    root_block_device={"encrypted": "true", "volume_size": 30},
    ebs_block_devices=[{"device_name": "/dev/sdf", "volume_size": 100, "encrypted": True}],
)
