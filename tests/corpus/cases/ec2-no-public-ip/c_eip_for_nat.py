"""An Elastic IP for a NAT gateway in a public subnet (no instance gets a public IP).

expect: clean
"""

import pulumi_aws as aws

vpc = aws.ec2.Vpc("net", cidr_block="10.2.0.0/16")
public = aws.ec2.Subnet("net-public", vpc_id=vpc.id, cidr_block="10.2.0.0/24", availability_zone="eu-west-1a")
eip = aws.ec2.Eip("nat-ip", domain="vpc")
aws.ec2.NatGateway("nat", allocation_id=eip.id, subnet_id=public.id)
