"""An instance launched from a launch template that has no metadata options (IMDSv1 allowed by default on the AMI).

expect: ec2-imdsv2-required @ bastion
"""

import pulumi_aws as aws
from holdout2_kit import AMI, SG, SUBNETS

lt = aws.ec2.LaunchTemplate(
    "bastion-lt",
    image_id=AMI,
    instance_type="t3.micro",
    vpc_security_group_ids=[SG],
    block_device_mappings=[{"device_name": "/dev/xvda", "ebs": {"encrypted": "true", "volume_size": 8}}],
)
aws.ec2.Instance(
    "bastion", subnet_id=SUBNETS[0], associate_public_ip_address=False, launch_template={"id": lt.id, "version": "$Latest"}
)
