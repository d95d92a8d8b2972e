"""Private-endpoint EKS with KMS secret encryption, control-plane logging.
expect: clean
"""
import pulumi_aws as aws
from forks3_kit import PRIVATE_SUBNETS, cmk

key = cmk("eks-secrets-key")
aws.eks.Cluster("apps-eks", role_arn="arn:aws:iam::123456789012:role/eks-cluster", version="1.30",
    vpc_config={"subnet_ids": PRIVATE_SUBNETS, "endpoint_public_access": False, "endpoint_private_access": True},
    encryption_config={"provider": {"key_arn": key.arn}, "resources": ["secrets"]},
    enabled_cluster_log_types=["api", "audit", "authenticator"],
    access_config={"authentication_mode": "API"})
