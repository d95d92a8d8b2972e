"""A trust policy with the bare string Principal "*" (built by a helper that takes the principal).

expect: iam-no-anonymous-principal @ partner-access
"""

import json

import pulumi_aws as aws


def trust(principal) -> str:
    return json.dumps(
        {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": principal, "Action": "sts:AssumeRole"}]}
    )


aws.iam.Role("partner-access", assume_role_policy=trust("*"))
