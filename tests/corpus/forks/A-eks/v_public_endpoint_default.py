"""expect: any @ apps
category: exposure
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

role = service_role("eks-role", "eks.amazonaws.com", managed=["arn:aws:iam::aws:policy/AmazonEKSClusterPolicy"])

key = cmk("eks-secrets")
# endpoint_public_access defaults to true and public_access_cidrs to 0.0.0.0/0
aws.eks.Cluster(
    "apps",
    role_arn=role.arn,
    vpc_config={"subnet_ids": SUBNETS},
    encryption_config={"resources": ["secrets"], "provider": {"key_arn": key.arn}},
    enabled_cluster_log_types=["api", "audit"],
)
