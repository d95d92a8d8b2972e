"""443 from ::/0 and 0.0.0.0/0 via SecurityGroupIngressRule, 80 inline, SSH only from the corporate range.

expect: clean
"""

import pulumi_aws as aws
from holdout2_kit import VPC

sg = aws.ec2.SecurityGroup(
    "web-sg",
    vpc_id=VPC,
    description="web",
    ingress=[
        {"protocol": "tcp", "from_port": 80, "to_port": 80, "cidr_blocks": ["0.0.0.0/0"], "ipv6_cidr_blocks": ["::/0"]},
        {"protocol": "tcp", "from_port": 22, "to_port": 22, "cidr_blocks": ["10.0.0.0/8"]},
    ],
)
for name, kw in [("web-443-v4", {"cidr_ipv4": "0.0.0.0/0"}), ("web-443-v6", {"cidr_ipv6": "::/0"})]:
    aws.vpc.SecurityGroupIngressRule(name, security_group_id=sg.id, ip_protocol="tcp", from_port=443, to_port=443, **kw)
