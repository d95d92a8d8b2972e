"""An EKS cluster whose API endpoint is public and open to 0.0.0.0/0 (the default; blind test).

expect: no-public-exposure @ platform
"""

import pulumi_aws as aws

aws.eks.Cluster(
    "platform",
    role_arn="arn:aws:iam::123456789012:role/eks-cluster",
    vpc_config={
        "subnet_ids": ["subnet-0aaa1111bbbb2222c", "subnet-0bbb1111bbbb2222c"],
        "endpoint_private_access": True,
    },
)
