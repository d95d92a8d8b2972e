"""An ALB security group allowing 443 and 80 from the world on IPv4 and IPv6 (the public ports).

expect: clean
"""

import holdout_kit as kit
import pulumi_aws as aws

sg = aws.ec2.SecurityGroup("alb-public", vpc_id=kit.VPC_ID, description="public alb")
for port in (80, 443):
    aws.vpc.SecurityGroupIngressRule(
        f"alb-public-{port}-v4",
        security_group_id=sg.id,
        ip_protocol="tcp",
        from_port=port,
        to_port=port,
        cidr_ipv4="0.0.0.0/0",
    )
    aws.vpc.SecurityGroupIngressRule(
        f"alb-public-{port}-v6", security_group_id=sg.id, ip_protocol="tcp", from_port=port, to_port=port, cidr_ipv6="::/0"
    )
