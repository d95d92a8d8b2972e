"""Inline ingress on 9200 (Elasticsearch) that sets self=True AND cidr_blocks 0.0.0.0/0.

expect: sg-no-public-ingress @ search-sg
"""

import holdout_kit as kit
import pulumi_aws as aws

aws.ec2.SecurityGroup(
    "search-sg",
    vpc_id=kit.VPC_ID,
    ingress=[
        aws.ec2.SecurityGroupIngressArgs(
            protocol="tcp", from_port=9200, to_port=9200, self=True, cidr_blocks=["10.0.0.0/8", "0.0.0.0/0"]
        )
    ],
)
