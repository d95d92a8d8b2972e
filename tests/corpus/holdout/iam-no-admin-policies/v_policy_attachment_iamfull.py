"""The exclusive aws.iam.PolicyAttachment attaches IAMFullAccess to a role.

expect: iam-no-admin-policies @ identity-admins
"""

import holdout_kit as kit
import pulumi_aws as aws

role = aws.iam.Role("idp-sync", assume_role_policy=kit.LAMBDA_TRUST)
aws.iam.PolicyAttachment("identity-admins", roles=[role.name], policy_arn="arn:aws:iam::aws:policy/IAMFullAccess")
