"""The legacy exclusive PolicyAttachment gives PowerUserAccess to a role.

expect: iam-no-admin-policies @ devs-power
"""

import pulumi_aws as aws
from holdout2_kit import trust

r = aws.iam.Role("sandbox", assume_role_policy=trust("ec2.amazonaws.com"))
aws.iam.PolicyAttachment("devs-power", policy_arn="arn:aws:iam::aws:policy/PowerUserAccess", roles=[r.name])
