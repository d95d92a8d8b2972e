"""Managed policies attached in a loop over a list of names; one is PowerUserAccess.

expect: iam-no-admin-policies @ ci-PowerUserAccess
"""

import holdout_kit as kit
import pulumi_aws as aws

role = aws.iam.Role("ci", assume_role_policy=kit.EC2_TRUST)
for name in ["ReadOnlyAccess", "PowerUserAccess"]:
    aws.iam.RolePolicyAttachment(f"ci-{name}", role=role.name, policy_arn=f"arn:aws:iam::aws:policy/{name}")
