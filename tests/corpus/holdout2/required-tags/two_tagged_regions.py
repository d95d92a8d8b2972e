"""Resources in two regions, each through an explicit provider carrying default_tags; no stack defaultTags.

expect: clean
config: {"aws:defaultTags": null}
"""

import pulumi
import pulumi_aws as aws
from holdout2_kit import DR_REGION, tagged_provider

for region in ("eu-west-1", DR_REGION):
    p = tagged_provider(f"aws-{region}", region=region)
    aws.sqs.Queue(f"events-{region}", opts=pulumi.ResourceOptions(provider=p))
    aws.cloudwatch.EventBus(f"bus-{region}", opts=pulumi.ResourceOptions(provider=p))
