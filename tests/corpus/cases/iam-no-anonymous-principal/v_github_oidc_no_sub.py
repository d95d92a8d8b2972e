"""GitHub OIDC trust checking only the audience: any repository on GitHub can assume the role (the document
waits on the provider ARN, so it is unknown in preview: plain only).

expect: iam-no-anonymous-principal @ github-deploy
mode: plain-only
"""

import pulumi
import pulumi_aws as aws

oidc = aws.iam.OpenIdConnectProvider(
    "github", url="https://token.actions.githubusercontent.com", client_id_lists=["sts.amazonaws.com"]
)
aws.iam.Role(
    "github-deploy",
    assume_role_policy=pulumi.Output.json_dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Principal": {"Federated": oidc.arn},
                    "Action": "sts:AssumeRoleWithWebIdentity",
                    "Condition": {"StringEquals": {"token.actions.githubusercontent.com:aud": "sts.amazonaws.com"}},
                }
            ],
        }
    ),
)
