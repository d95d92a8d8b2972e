"""A role anyone in any account may assume.

expect: iam-no-anonymous-principal @ shared-access
"""

import json

import pulumi_aws as aws

aws.iam.Role(
    "shared-access",
    assume_role_policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "sts:AssumeRole"}],
        }
    ),
)
