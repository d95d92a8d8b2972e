"""No default tags; a CloudWatch log group with no tags (a taggable resource like any other).

config: {"aws:defaultTags": null}
expect: required-tags @ app-logs
"""

import pulumi_aws as aws

key = aws.kms.Key(
    "logs-key",
    enable_key_rotation=True,
    tags={"Owner": "platform-team", "Environment": "test", "Project": "corpus", "CostCenter": "cc-1234"},
)
aws.cloudwatch.LogGroup("app-logs", retention_in_days=90, kms_key_id=key.arn)
