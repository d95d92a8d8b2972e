"""A role with an inline_policies entry whose action is a mid-string wildcard covering writes: 'ec2:*Instances' on '*'.

expect: iam-least-privilege @ fleet-manager
"""

import json

import holdout_kit as kit
import pulumi_aws as aws

aws.iam.Role(
    "fleet-manager",
    assume_role_policy=kit.EC2_TRUST,
    inline_policies=[
        {
            "name": "fleet",
            "policy": json.dumps(
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "ec2:*Instances", "Resource": "*"}]}
            ),
        }
    ],
)
