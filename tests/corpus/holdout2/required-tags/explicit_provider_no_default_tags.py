"""A team module creates its own aws.Provider (for assume_role) without default_tags; its queue carries only Owner.

expect: required-tags @ billing-events
"""

import pulumi
import pulumi_aws as aws

billing = aws.Provider(
    "billing-account",
    region="eu-west-1",
    assume_roles=[{"role_arn": "arn:aws:iam::456789012345:role/deployer", "session_name": "pulumi"}],
)
aws.sqs.Queue("billing-events", tags={"Owner": "billing-team"}, opts=pulumi.ResourceOptions(provider=billing))
