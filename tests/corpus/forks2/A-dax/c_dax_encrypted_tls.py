"""DAX cluster with SSE and TLS endpoint.

expect: clean
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
                subnet_group_name=subnets.name, security_group_ids=[kit.SG], server_side_encryption={"enabled": "true"},
                cluster_endpoint_encryption_type="TLS")
