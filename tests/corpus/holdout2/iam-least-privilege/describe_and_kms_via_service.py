"""Reads that look broad: ec2:Describe* and cloudwatch:Get* on '*', kms:Decrypt on '*' pinned with kms:ViaService.

Written as clean; after the first measurement re-judged as a violation of the claim as published: kms:Decrypt is a
"Write"-level action in AWS's Service Authorization Reference and can be scoped to key ARNs, and the claim forbids
writes on '*' whatever the Condition (kms:ViaService narrows the calling path, not the keys). See FINDINGS.md.

expect: iam-least-privilege @ inventory-read
"""

import json

import pulumi_aws as aws
from holdout2_kit import trust

role = aws.iam.Role("inventory", assume_role_policy=trust("lambda.amazonaws.com"))
aws.iam.RolePolicy(
    "inventory-read",
    role=role.id,
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Action": ["ec2:Describe*", "cloudwatch:GetMetricData", "cloudwatch:ListMetrics"],
                    "Resource": "*",
                },
                {
                    "Effect": "Allow",
                    "Action": "kms:Decrypt",
                    "Resource": "*",
                    "Condition": {"StringEquals": {"kms:ViaService": "secretsmanager.eu-west-1.amazonaws.com"}},
                },
            ],
        }
    ),
)
