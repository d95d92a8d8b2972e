"""Untaggable resources (attachments, policies, associations) never need tags.

config: {"aws:defaultTags": null}
expect: clean
"""

import json

import pulumi_aws as aws

TAGS = {"Owner": "platform-team", "Environment": "test", "Project": "corpus", "CostCenter": "cc-1234"}
role = aws.iam.Role(
    "svc",
    tags=TAGS,
    assume_role_policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}],
        }
    ),
)
aws.iam.RolePolicyAttachment("svc-ssm", role=role.name, policy_arn="arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore")
vpc = aws.ec2.Vpc("v", cidr_block="10.10.0.0/16", tags=TAGS)
subnet = aws.ec2.Subnet("v-a", vpc_id=vpc.id, cidr_block="10.10.1.0/24", tags=TAGS)
rt = aws.ec2.RouteTable("v-rt", vpc_id=vpc.id, tags=TAGS)
aws.ec2.RouteTableAssociation("v-a-rt", subnet_id=subnet.id, route_table_id=rt.id)
