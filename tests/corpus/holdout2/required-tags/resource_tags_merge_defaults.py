"""Provider default_tags carry Owner/Project; each resource adds Environment and CostCenter itself (merged by AWS).

expect: clean
config: {"aws:defaultTags": null}
"""

import pulumi
import pulumi_aws as aws

p = aws.Provider("main", region="eu-west-1", default_tags={"tags": {"Owner": "search-team", "Project": "corpus"}})
extra = {"Environment": "test", "CostCenter": "cc-5"}
aws.sqs.Queue("index-jobs", tags=extra, opts=pulumi.ResourceOptions(provider=p))
aws.cloudwatch.EventBus("search-bus", tags=extra, opts=pulumi.ResourceOptions(provider=p))
