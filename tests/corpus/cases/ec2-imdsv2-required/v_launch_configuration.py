"""Deprecated LaunchConfiguration with IMDSv1 allowed.

expect: ec2-imdsv2-required @ old-lc
"""

import pulumi_aws as aws
from corpus_kit import AMI, SG

aws.ec2.LaunchConfiguration(
    "old-lc",
    image_id=AMI,
    instance_type="t3.micro",
    security_groups=[SG],
    associate_public_ip_address=False,
    root_block_device={"encrypted": True},
    metadata_options={"http_tokens": "optional", "http_endpoint": "enabled"},
)
