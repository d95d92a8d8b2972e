"""A user gets AdministratorAccess in the GovCloud partition (arn:aws-us-gov) via UserPolicyAttachment.

expect: iam-no-admin-policies @ ops-user-admin
"""

import pulumi_aws as aws

user = aws.iam.User("ops-user", force_destroy=False)
aws.iam.UserPolicyAttachment(
    "ops-user-admin", user=user.name, policy_arn="arn:aws-us-gov:iam::aws:policy/AdministratorAccess"
)
