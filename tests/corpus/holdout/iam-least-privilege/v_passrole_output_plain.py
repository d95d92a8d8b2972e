"""A policy built with Output.json_dumps around a role ARN; it also grants iam:PassRole on '*'.

expect: iam-least-privilege @ launcher-policy
mode: plain-only
"""

import holdout_kit as kit
import pulumi
import pulumi_aws as aws

worker = aws.iam.Role("worker", assume_role_policy=kit.EC2_TRUST)
launcher = aws.iam.Role("launcher", assume_role_policy=kit.LAMBDA_TRUST)
aws.iam.RolePolicy(
    "launcher-policy",
    role=launcher.id,
    policy=pulumi.Output.json_dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {"Effect": "Allow", "Action": ["sts:AssumeRole"], "Resource": worker.arn},
                {"Effect": "Allow", "Action": ["iam:PassRole", "ec2:RunInstances"], "Resource": "*"},
            ],
        }
    ),
)
