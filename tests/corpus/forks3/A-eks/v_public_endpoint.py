"""EKS control plane endpoint public to 0.0.0.0/0 (FSBP EKS.1).
expect: any @ platform-eks
category: exposure
"""
import pulumi_aws as aws
from forks3_kit import PRIVATE_SUBNETS

aws.eks.Cluster("platform-eks", role_arn="arn:aws:iam::123456789012:role/eks-cluster", version="1.30",
    vpc_config={"subnet_ids": PRIVATE_SUBNETS, "endpoint_public_access": True, "endpoint_private_access": True,
                "public_access_cidrs": ["0.0.0.0/0"]},
    encryption_config={"provider": {"key_arn": "arn:aws:kms:eu-west-1:123456789012:key/1111aaaa-22bb-33cc-44dd-555555eeeeee"},
                       "resources": ["secrets"]},
    access_config={"authentication_mode": "API"})
