"""RolePolicyAttachmentsExclusive (the newer exclusive-attachment resource) lists AdministratorAccess.

expect: iam-no-admin-policies @ platform-exclusive
"""

import holdout_kit as kit
import pulumi_aws as aws

role = aws.iam.Role("platform", assume_role_policy=kit.EC2_TRUST)
aws.iam.RolePolicyAttachmentsExclusive(
    "platform-exclusive",
    role_name=role.name,
    policy_arns=["arn:aws:iam::aws:policy/ReadOnlyAccess", "arn:aws:iam::aws:policy/AdministratorAccess"],
)
