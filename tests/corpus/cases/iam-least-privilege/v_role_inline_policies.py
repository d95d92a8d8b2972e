"""Role inline_policies carrying ec2:* (a service-wide action).

expect: iam-least-privilege @ builder
"""

import json

import pulumi_aws as aws

aws.iam.Role(
    "builder",
    assume_role_policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {"Effect": "Allow", "Principal": {"Service": "codebuild.amazonaws.com"}, "Action": "sts:AssumeRole"}
            ],
        }
    ),
    inline_policies=[
        aws.iam.RoleInlinePolicyArgs(
            name="ec2",
            policy=json.dumps(
                {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "ec2:*", "Resource": "*"}]}
            ),
        )
    ],
)
