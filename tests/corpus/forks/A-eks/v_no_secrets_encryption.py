"""expect: any @ batch-eks
category: rest
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

role = service_role("eks-role", "eks.amazonaws.com", managed=["arn:aws:iam::aws:policy/AmazonEKSClusterPolicy"])

aws.eks.Cluster(
    "batch-eks",
    role_arn=role.arn,
    version="1.31",
    vpc_config={"subnet_ids": SUBNETS, "endpoint_private_access": True, "endpoint_public_access": False},
    enabled_cluster_log_types=["api", "audit"],
)
