"""An inline ingress list built from a port map; SSH is open to 0.0.0.0/0.

expect: sg-no-public-ingress @ admin-sg
"""

import pulumi_aws as aws
from holdout2_kit import VPC

ports = {443: ["0.0.0.0/0"], 22: ["0.0.0.0/0"]}
aws.ec2.SecurityGroup(
    "admin-sg",
    vpc_id=VPC,
    description="admin",
    ingress=[
        aws.ec2.SecurityGroupIngressArgs(protocol="tcp", from_port=p, to_port=p, cidr_blocks=cidrs)
        for p, cidrs in ports.items()
    ],
    egress=[{"protocol": "-1", "from_port": 0, "to_port": 0, "cidr_blocks": ["0.0.0.0/0"]}],
)
