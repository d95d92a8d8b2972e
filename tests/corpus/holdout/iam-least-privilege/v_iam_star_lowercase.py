"""An inline user-facing policy with action 'iam:*' written inside a list built by a helper.

expect: iam-least-privilege @ idp-admin-policy
"""

import json

import holdout_kit as kit
import pulumi_aws as aws


def allow(actions, resources):
    return {"Effect": "Allow", "Action": actions, "Resource": resources}


role = aws.iam.Role("idp-admin", assume_role_policy=kit.EC2_TRUST)
aws.iam.RolePolicy(
    "idp-admin-policy",
    role=role.name,
    policy=json.dumps(
        {"Version": "2012-10-17", "Statement": [allow(["iam:*"], [f"arn:aws:iam::{kit.ACCOUNT_ID}:role/app-*"])]}
    ),
)
