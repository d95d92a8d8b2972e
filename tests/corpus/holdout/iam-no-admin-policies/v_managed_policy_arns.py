"""A role that lists AdministratorAccess in managed_policy_arns (the exclusive-attachment argument).

expect: iam-no-admin-policies @ break-glass
"""

import holdout_kit as kit
import pulumi_aws as aws

aws.iam.Role(
    "break-glass", assume_role_policy=kit.EC2_TRUST, managed_policy_arns=[aws.iam.ManagedPolicy.ADMINISTRATOR_ACCESS]
)
