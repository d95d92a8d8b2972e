"""EKS managed node group with SSH remote access and no source security groups (open to the internet).

expect: any @ workers
category: exposure
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

node_role = aws.iam.Role("node-role", assume_role_policy=json.dumps({"Version": "2012-10-17", "Statement": [
    {"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}))
for arn in ["arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy", "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly",
            "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy"]:
    aws.iam.RolePolicyAttachment(f"node-{arn.rsplit('/', 1)[1]}", role=node_role.name, policy_arn=arn)
aws.eks.NodeGroup("workers", cluster_name="platform", node_role_arn=node_role.arn, subnet_ids=kit.SUBNETS,
                  scaling_config={"desired_size": 2, "min_size": 2, "max_size": 4}, instance_types=["t3.large"],
                  remote_access={"ec2_ssh_key": "ops-key"})
