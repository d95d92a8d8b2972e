"""expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

role = service_role("eks-role", "eks.amazonaws.com", managed=["arn:aws:iam::aws:policy/AmazonEKSClusterPolicy"])
node_role = service_role("eks-nodes", "ec2.amazonaws.com", managed=[
    "arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy",
    "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly",
    "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy",
])
cluster = aws.eks.Cluster(
    "apps",
    role_arn=role.arn,
    version="1.31",
    vpc_config={"subnet_ids": SUBNETS, "endpoint_private_access": "true", "endpoint_public_access": "false"},
    encryption_config={"resources": ["secrets"], "provider": {"key_arn": cmk("apps-secrets").arn}},
    enabled_cluster_log_types=["api", "audit", "authenticator"],
)
aws.eks.NodeGroup(
    "apps-nodes",
    cluster_name=cluster.name,
    node_role_arn=node_role.arn,
    subnet_ids=SUBNETS,
    instance_types=["m7g.large"],
    ami_type="AL2023_ARM_64_STANDARD",
    scaling_config={"desired_size": 2, "min_size": 2, "max_size": 4},
)
