"""Inline ingress with protocol "-1" (all traffic) from 0.0.0.0/0, ports 0-0.

expect: sg-no-public-ingress @ wide-open
"""

import holdout_kit as kit
import pulumi_aws as aws

aws.ec2.SecurityGroup(
    "wide-open",
    aws.ec2.SecurityGroupArgs(
        vpc_id=kit.VPC_ID,
        ingress=[
            aws.ec2.SecurityGroupIngressArgs(
                protocol="-1", from_port=0, to_port=0, cidr_blocks=["0.0.0.0/0"], ipv6_cidr_blocks=["::/0"]
            )
        ],
    ),
)
