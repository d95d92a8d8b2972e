"""An instance in a private subnet (map_public_ip_on_launch false) of a VPC with a flow log.

The VPC's only Elastic IP belongs to the NAT gateway.

expect: clean
"""

import holdout_kit as kit
import pulumi_aws as aws

vpc = aws.ec2.Vpc("core", cidr_block="10.30.0.0/16", assign_generated_ipv6_cidr_block=True)
aws.ec2.FlowLog(
    "core-flow",
    vpc_id=vpc.id,
    traffic_type="REJECT",
    log_destination_type="s3",
    log_destination="arn:aws:s3:::hold-flow-logs",
)
public = aws.ec2.Subnet("core-public", vpc_id=vpc.id, cidr_block="10.30.0.0/24")
private = aws.ec2.Subnet("core-private", vpc_id=vpc.id, cidr_block="10.30.1.0/24", map_public_ip_on_launch=False)
nat_ip = aws.ec2.Eip("core-nat-ip", domain="vpc")
aws.ec2.NatGateway("core-nat", subnet_id=public.id, allocation_id=nat_ip.id)
aws.ec2.Instance(
    "core-app",
    ami=kit.AMI_ID,
    instance_type="t3.small",
    subnet_id=private.id,
    root_block_device={"encrypted": True},
    metadata_options=kit.imds_v2(),
)
