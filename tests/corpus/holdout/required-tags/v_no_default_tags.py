"""The stack has no aws:defaultTags; a log group carries only Owner and Project tags.

expect: required-tags @ svc-logs
config: {"aws:defaultTags": null}
"""

import holdout_kit as kit
import pulumi_aws as aws

key = kit.cmk("svc-logs-key")
aws.cloudwatch.LogGroup(
    "svc-logs", retention_in_days=30, kms_key_id=key.arn, tags={"Owner": "platform-team", "Project": "corpus"}
)
