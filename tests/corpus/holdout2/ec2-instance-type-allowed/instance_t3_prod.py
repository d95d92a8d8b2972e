"""A prod instance on a burstable t3.large, outside prod's allow-list.

expect: ec2-instance-type-allowed @ cron-host
policy-config: prod
"""

import pulumi_aws as aws
from holdout2_kit import AMI, SG, SUBNETS

aws.ec2.Instance(
    "cron-host",
    ami=AMI,
    instance_type=aws.ec2.InstanceType.T3_LARGE,
    subnet_id=SUBNETS[0],
    vpc_security_group_ids=[SG],
    associate_public_ip_address=False,
    metadata_options={"http_tokens": "required"},
    root_block_device={"encrypted": True},
)
