"""vpc.SecurityGroupIngressRule with ip_protocol "-1" (everything) from ::/0.

expect: sg-no-public-ingress @ lab-any-v6
"""

import holdout_kit as kit
import pulumi_aws as aws

sg = aws.ec2.SecurityGroup("lab", vpc_id=kit.VPC_ID)
aws.vpc.SecurityGroupIngressRule("lab-any-v6", security_group_id=sg.id, ip_protocol="-1", cidr_ipv6="::/0")
