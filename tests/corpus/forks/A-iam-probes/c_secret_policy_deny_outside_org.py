"""expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

secret = aws.secretsmanager.Secret("shared-creds", kms_key_id=cmk("shared-creds-key").arn)
aws.secretsmanager.SecretPolicy(
    "shared-creds-policy",
    secret_arn=secret.arn,
    block_public_policy=True,
    policy=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Sid": "org-only", "Effect": "Deny", "Principal": "*", "Action": "secretsmanager:*", "Resource": "*",
                       "Condition": {"StringNotEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}}],
    }),
)
