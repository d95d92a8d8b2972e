"""Stack default tags give Owner/Environment; each resource adds Project/CostCenter itself (merged).

expect: clean
config: {"aws:defaultTags": {"tags": {"Owner": "platform-team", "Environment": "test"}}}
"""

import pulumi_aws as aws

extra = {"Project": "corpus", "CostCenter": "cc-1234"}
key = aws.kms.Key("merged-key", enable_key_rotation=True, tags=extra)
aws.cloudwatch.LogGroup("merged-logs", retention_in_days=14, kms_key_id=key.arn, tags={**extra, "Team": "a"})
