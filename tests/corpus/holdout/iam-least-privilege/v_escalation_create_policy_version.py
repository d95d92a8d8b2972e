"""A group policy with iam:CreatePolicyVersion (privilege escalation) on a wildcard policy ARN.

expect: iam-least-privilege @ ops-group-policy
"""

import json

import pulumi_aws as aws

group = aws.iam.Group("ops")
aws.iam.GroupPolicy(
    "ops-group-policy",
    group=group.name,
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Action": ["iam:CreatePolicyVersion", "iam:GetPolicy"],
                    "Resource": "arn:aws:iam::210987654321:policy/*",
                }
            ],
        }
    ),
)
