"""EKS cluster whose public endpoint is limited to the office CIDR, secrets encrypted. Unsure: FSBP EKS.1 fails any public endpoint, even a restricted one;
CIS and most teams accept an allow-listed CIDR.

expect: clean
unsure: yes
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
                vpc_config=aws.eks.ClusterVpcConfigArgs(subnet_ids=kit.SUBNETS, endpoint_private_access=True,
                                                        endpoint_public_access=True, public_access_cidrs=["198.51.100.0/24"]),
                encryption_config=aws.eks.ClusterEncryptionConfigArgs(
                    resources=["secrets"], provider=aws.eks.ClusterEncryptionConfigProviderArgs(key_arn=key.arn)),
                enabled_cluster_log_types=["api", "audit"])
