"""An instance with the metadata service switched off entirely (http_endpoint disabled).

expect: clean
"""

import holdout_kit as kit
import pulumi_aws as aws

aws.ec2.Instance(
    "sealed",
    ami=kit.AMI_ID,
    instance_type="t3.micro",
    subnet_id=kit.PRIVATE_SUBNETS[0],
    associate_public_ip_address=False,
    root_block_device={"encrypted": True},
    metadata_options={"http_endpoint": "disabled"},
)
