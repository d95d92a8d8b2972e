"""A spot request for CI runners with http_tokens optional.

expect: ec2-imdsv2-required @ ci-runner
"""

import pulumi_aws as aws
from holdout2_kit import AMI, SG, SUBNETS

aws.ec2.SpotInstanceRequest(
    "ci-runner",
    ami=AMI,
    instance_type="c7g.large",
    subnet_id=SUBNETS[0],
    vpc_security_group_ids=[SG],
    associate_public_ip_address=False,
    wait_for_fulfillment=False,
    root_block_device={"encrypted": True},
    metadata_options={"http_tokens": "optional", "http_endpoint": "enabled"},
)
