"""Cache security group opened to the internet on 6379 (FSBP EC2.19 high-risk ports not unrestricted).
expect: any @ cache-open
category: exposure
"""
import pulumi_aws as aws
from forks3_kit import VPC_ID

sg = aws.ec2.SecurityGroup("cache-sg", description="redis", vpc_id=VPC_ID)
aws.vpc.SecurityGroupIngressRule("cache-open", security_group_id=sg.id, cidr_ipv4="0.0.0.0/0",
                                 ip_protocol="tcp", from_port=6379, to_port=6379)
