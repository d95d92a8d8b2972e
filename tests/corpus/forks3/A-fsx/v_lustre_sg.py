"""FSx for Lustre scratch FS fine, but its SG allows 988 from anywhere.
expect: any @ lustre-open
category: exposure
unsure: yes
"""
import pulumi_aws as aws
from forks3_kit import VPC_ID

sg = aws.ec2.SecurityGroup("lustre-sg", description="lustre", vpc_id=VPC_ID,
    ingress=[{"protocol": "tcp", "from_port": 988, "to_port": 988, "cidr_blocks": ["10.0.0.0/16"]}])
aws.ec2.SecurityGroupRule("lustre-open", type="ingress", security_group_id=sg.id, protocol="tcp",
                          from_port=988, to_port=988, cidr_blocks=["0.0.0.0/0"])
