"""expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

role = service_role("dax-role", "dax.amazonaws.com", {
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Action": ["dynamodb:GetItem", "dynamodb:Query", "dynamodb:BatchGetItem", "dynamodb:Scan"],
                   "Resource": f"arn:aws:dynamodb:{REGION}:{ACCOUNT}:table/orders"}],
})
aws.dax.Cluster(
    "ddb-accel",
    cluster_name="orders-dax",
    iam_role_arn=role.arn,
    node_type="dax.r5.large",
    replication_factor=3,
    server_side_encryption={"enabled": True},
    cluster_endpoint_encryption_type="TLS",
    subnet_group_name="dax-subnets",
    security_group_ids=[SG],
)
