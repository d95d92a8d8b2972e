"""Bastion security group with SSH from 0.0.0.0/0 inline (FSBP EC2.13).
expect: any @ bastion-sg
category: exposure
"""
import pulumi_aws as aws
from forks3_kit import VPC_ID

aws.ec2.SecurityGroup("bastion-sg", description="bastion", vpc_id=VPC_ID,
    ingress=[aws.ec2.SecurityGroupIngressArgs(protocol="tcp", from_port=22, to_port=22, cidr_blocks=["0.0.0.0/0"])],
    egress=[aws.ec2.SecurityGroupEgressArgs(protocol="-1", from_port=0, to_port=0, cidr_blocks=["0.0.0.0/0"])])
