"""An instance placed (by .id) in a subnet created with map_public_ip_on_launch=True; the instance says nothing.

expect: ec2-no-public-ip @ game-server
"""

import holdout_kit as kit
import pulumi_aws as aws

vpc = aws.ec2.Vpc("game-vpc", cidr_block="10.20.0.0/16", enable_dns_hostnames=True)
aws.ec2.FlowLog(
    "game-vpc-flow",
    vpc_id=vpc.id,
    traffic_type="ALL",
    log_destination_type="s3",
    log_destination="arn:aws:s3:::hold-flow-logs",
)
subnet = aws.ec2.Subnet("game-public", vpc_id=vpc.id, cidr_block="10.20.1.0/24", map_public_ip_on_launch=True)
aws.ec2.Instance(
    "game-server",
    ami=kit.AMI_ID,
    instance_type="t3.medium",
    subnet_id=subnet.id,
    root_block_device={"encrypted": True},
    metadata_options=kit.imds_v2(),
)
