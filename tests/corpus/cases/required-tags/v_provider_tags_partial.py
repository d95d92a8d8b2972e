"""Explicit provider with default_tags (Args classes) missing Environment.

expect: required-tags @ events
"""

import pulumi
import pulumi_aws as aws

p = aws.Provider(
    "tagged",
    region="eu-west-1",
    default_tags=aws.ProviderDefaultTagsArgs(tags={"Owner": "platform-team", "Project": "corpus", "CostCenter": "cc-1234"}),
)
aws.sqs.Queue("events", sqs_managed_sse_enabled=True, opts=pulumi.ResourceOptions(provider=p))
