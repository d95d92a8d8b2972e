"""A role trust policy that any AWS principal may assume (Principal AWS '*', no condition).

expect: iam-no-anonymous-principal @ shared-reader
"""

import json

import pulumi_aws as aws

aws.iam.Role(
    "shared-reader",
    assume_role_policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Principal": {"AWS": ["*"]}, "Action": "sts:AssumeRole"}],
        }
    ),
)
