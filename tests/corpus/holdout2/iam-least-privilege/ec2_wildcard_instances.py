"""A scheduler allowed "ec2:*Instances" on '*': the pattern matches Start/Stop/Terminate/RunInstances
(writes on any resource).

expect: iam-least-privilege @ scheduler-policy
"""

import json

import pulumi_aws as aws

aws.iam.Policy(
    "scheduler-policy",
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Action": ["ec2:Describe*", "ec2:*Instances"], "Resource": "*"}],
        }
    ),
)
