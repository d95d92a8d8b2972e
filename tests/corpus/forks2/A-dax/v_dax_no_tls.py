"""DAX cluster whose endpoint is unencrypted (encryption type NONE).

expect: any @ cache
category: transit
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

role = kit.service_role("dax-role", "dax.amazonaws.com", [
    {"Effect": "Allow", "Action": ["dynamodb:GetItem", "dynamodb:Query"],
     "Resource": f"arn:aws:dynamodb:{kit.REGION}:{kit.ACCOUNT}:table/sessions"}])
subnets = aws.dax.SubnetGroup("cache-subnets", subnet_ids=kit.SUBNETS)

aws.dax.Cluster("cache", cluster_name="cache", node_type="dax.t3.small", replication_factor=3, iam_role_arn=role.arn,
                subnet_group_name=subnets.name, server_side_encryption={"enabled": True},
                cluster_endpoint_encryption_type="NONE")
