"""Explicit provider with full default tags (ProviderDefaultTagsArgs).

config: {"aws:defaultTags": null}
expect: clean
"""

import pulumi
import pulumi_aws as aws

p = aws.Provider(
    "tagged",
    region="eu-west-1",
    default_tags=aws.ProviderDefaultTagsArgs(
        tags={"Owner": "platform-team", "Environment": "test", "Project": "corpus", "CostCenter": "cc-1234"}
    ),
)
aws.ec2.Vpc("tagged-vpc", cidr_block="10.4.0.0/16", opts=pulumi.ResourceOptions(provider=p))
