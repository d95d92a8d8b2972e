"""A cross-account role trusting {"AWS": "*"} with no condition at all (meant for a vendor).

expect: iam-no-anonymous-principal @ vendor-access
"""

import json

import pulumi_aws as aws

aws.iam.Role(
    "vendor-access",
    assume_role_policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Principal": {"AWS": ["*"]}, "Action": "sts:AssumeRole"}],
        }
    ),
)
