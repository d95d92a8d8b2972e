"""A role lists IAMFullAccess in its managed_policy_arns argument (deprecated form).

expect: iam-no-admin-policies @ identity-admin
"""

import pulumi_aws as aws
from holdout2_kit import trust

aws.iam.Role(
    "identity-admin",
    assume_role_policy=trust("lambda.amazonaws.com"),
    managed_policy_arns=[
        "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
        "arn:aws:iam::aws:policy/IAMFullAccess",
    ],
)
