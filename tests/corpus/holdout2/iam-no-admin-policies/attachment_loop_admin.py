"""Managed policies attached in a loop; the list for the break-glass role includes AdministratorAccess.

expect: iam-no-admin-policies @ breakglass-1
"""

import json

import pulumi_aws as aws
from holdout2_kit import ACCOUNT

role = aws.iam.Role(
    "breakglass",
    assume_role_policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:root"},
                    "Action": "sts:AssumeRole",
                    "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}},
                }
            ],
        }
    ),
)
for i, arn in enumerate(["arn:aws:iam::aws:policy/ReadOnlyAccess", "arn:aws:iam::aws:policy/AdministratorAccess"]):
    aws.iam.RolePolicyAttachment(f"breakglass-{i}", role=role.name, policy_arn=arn)
