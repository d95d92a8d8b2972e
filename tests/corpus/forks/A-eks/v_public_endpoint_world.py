"""expect: any @ platform
category: exposure
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

role = service_role("eks-role", "eks.amazonaws.com", managed=["arn:aws:iam::aws:policy/AmazonEKSClusterPolicy"])

key = cmk("eks-secrets")
aws.eks.Cluster(
    "platform",
    role_arn=role.arn,
    version="1.31",
    vpc_config={"subnet_ids": SUBNETS, "endpoint_private_access": True, "endpoint_public_access": True,
                "public_access_cidrs": ["0.0.0.0/0"]},
    encryption_config={"resources": ["secrets"], "provider": {"key_arn": key.arn}},
    enabled_cluster_log_types=["api", "audit", "authenticator"],
)
