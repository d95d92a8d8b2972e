"""Narrow AWS-managed policies with "Full" nowhere in their name plus ReadOnlyAccess.

expect: clean
"""

import pulumi_aws as aws
from holdout2_kit import trust

r = aws.iam.Role("ssm-host", assume_role_policy=trust("ec2.amazonaws.com"))
for i, arn in enumerate(
    [
        "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore",
        "arn:aws:iam::aws:policy/CloudWatchAgentServerPolicy",
        "arn:aws:iam::aws:policy/ReadOnlyAccess",
    ]
):
    aws.iam.RolePolicyAttachment(f"ssm-host-{i}", role=r.name, policy_arn=arn)
aws.iam.InstanceProfile("ssm-host-profile", role=r.name)
