"""Role managed_policy_arns (deprecated argument) with AdministratorAccess.

expect: iam-no-admin-policies @ breakglass
"""

import json

import pulumi_aws as aws

aws.iam.Role(
    "breakglass",
    assume_role_policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:root"}, "Action": "sts:AssumeRole"}
            ],
        }
    ),
    managed_policy_arns=["arn:aws:iam::aws:policy/AdministratorAccess"],
)
