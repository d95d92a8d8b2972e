"""80 and 443 open to the world on v4 and v6 (the public ports).

expect: clean
"""

import pulumi_aws as aws
from corpus_kit import VPC

sg = aws.ec2.SecurityGroup(
    "lb",
    vpc_id=VPC,
    description="public load balancer",
    ingress=[
        {"protocol": "tcp", "from_port": p, "to_port": p, "cidr_blocks": ["0.0.0.0/0"], "ipv6_cidr_blocks": ["::/0"]}
        for p in (80, 443)
    ],
)
aws.vpc.SecurityGroupIngressRule(
    "lb-https-v6", security_group_id=sg.id, cidr_ipv6="::/0", from_port=443, to_port=443, ip_protocol="tcp"
)
