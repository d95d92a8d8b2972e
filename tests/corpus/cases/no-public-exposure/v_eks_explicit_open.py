"""An EKS cluster that says endpoint_public_access=True with public_access_cidrs 0.0.0.0/0.

expect: no-public-exposure @ tools
"""

import pulumi_aws as aws

aws.eks.Cluster(
    "tools",
    role_arn="arn:aws:iam::123456789012:role/eks-cluster",
    vpc_config={
        "subnet_ids": ["subnet-0aaa1111bbbb2222c"],
        "endpoint_public_access": True,
        "public_access_cidrs": ["0.0.0.0/0"],
    },
)
