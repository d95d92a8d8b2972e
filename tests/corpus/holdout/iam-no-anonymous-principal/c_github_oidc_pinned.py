"""GitHub OIDC trust pinned to audience and to one repo's main branch, via get_policy_document.

expect: clean
"""

import pulumi_aws as aws

doc = aws.iam.get_policy_document(
    statements=[
        {
            "effect": "Allow",
            "actions": ["sts:AssumeRoleWithWebIdentity"],
            "principals": [
                {
                    "type": "Federated",
                    "identifiers": ["arn:aws:iam::210987654321:oidc-provider/token.actions.githubusercontent.com"],
                }
            ],
            "conditions": [
                {
                    "test": "StringEquals",
                    "variable": "token.actions.githubusercontent.com:aud",
                    "values": ["sts.amazonaws.com"],
                },
                {
                    "test": "StringEquals",
                    "variable": "token.actions.githubusercontent.com:sub",
                    "values": ["repo:acme/infra:ref:refs/heads/main"],
                },
            ],
        }
    ]
)
aws.iam.Role("gha-infra", assume_role_policy=doc.json)
