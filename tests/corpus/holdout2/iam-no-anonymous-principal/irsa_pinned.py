"""An EKS IRSA role whose web-identity trust pins the audience and the service account subject.

expect: clean
"""

import json

import pulumi_aws as aws
from holdout2_kit import ACCOUNT

issuer = "oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE"
aws.iam.Role(
    "external-dns",
    assume_role_policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Principal": {"Federated": f"arn:aws:iam::{ACCOUNT}:oidc-provider/{issuer}"},
                    "Action": "sts:AssumeRoleWithWebIdentity",
                    "Condition": {
                        "StringEquals": {
                            f"{issuer}:aud": "sts.amazonaws.com",
                            f"{issuer}:sub": "system:serviceaccount:kube-system:external-dns",
                        }
                    },
                }
            ],
        }
    ),
)
