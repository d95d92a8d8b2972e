"""Private EKS cluster without envelope encryption of secrets.

expect: any @ platform
category: rest
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

key = kit.cmk("eks-key")
role = aws.iam.Role("eks-role", assume_role_policy=json.dumps({"Version": "2012-10-17", "Statement": [
    {"Effect": "Allow", "Principal": {"Service": "eks.amazonaws.com"}, "Action": ["sts:AssumeRole", "sts:TagSession"]}]}))
aws.iam.RolePolicyAttachment("eks-role-cluster", role=role.name, policy_arn="arn:aws:iam::aws:policy/AmazonEKSClusterPolicy")

aws.eks.Cluster("platform", role_arn=role.arn, version="1.31",
                vpc_config={"subnet_ids": kit.SUBNETS, "endpoint_private_access": True, "endpoint_public_access": False},
                enabled_cluster_log_types=["api", "audit"])
