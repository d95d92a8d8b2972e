"""A spot instance request without metadata_options (IMDSv1 on by default).

expect: ec2-imdsv2-required @ cheap-worker
"""

import holdout_kit as kit
import pulumi_aws as aws

aws.ec2.SpotInstanceRequest(
    "cheap-worker",
    ami=kit.AMI_ID,
    instance_type="t3.large",
    spot_price="0.03",
    subnet_id=kit.PRIVATE_SUBNETS[0],
    associate_public_ip_address=False,
    root_block_device={"encrypted": True},
    wait_for_fulfillment=False,
)
