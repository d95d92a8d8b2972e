"""EKS without envelope encryption of Kubernetes secrets (FSBP EKS.3), private endpoint only.
expect: any @ data-eks
category: rest
"""
import pulumi_aws as aws
from forks3_kit import PRIVATE_SUBNETS

aws.eks.Cluster("data-eks", role_arn="arn:aws:iam::123456789012:role/eks-cluster", version="1.30",
    vpc_config=aws.eks.ClusterVpcConfigArgs(subnet_ids=PRIVATE_SUBNETS, endpoint_public_access=False,
                                            endpoint_private_access=True),
    access_config=aws.eks.ClusterAccessConfigArgs(authentication_mode="API"))
