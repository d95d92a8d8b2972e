"""expect: any @ any-pod
category: resource-policy
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

issuer = "oidc.eks.eu-west-1.amazonaws.com/id/5C5E1D1B3A4F2E6D7C8B9A0F1E2D3C4B"
provider_arn = f"arn:aws:iam::{ACCOUNT}:oidc-provider/{issuer}"
aws.iam.Role(
    "any-pod",
    assume_role_policy=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": {"Federated": provider_arn}, "Action": "sts:AssumeRoleWithWebIdentity",
                       "Condition": {"StringEquals": {f"{issuer}:aud": "sts.amazonaws.com"}}}],
    }),
)
