"""Under prod's config (30 days minimum), a CMK-encrypted log group with retention 0 (never expire).

expect: log-group-retention @ prod-app-logs
policy-config: prod
"""

import holdout_kit as kit
import pulumi_aws as aws

key = kit.cmk("prod-logs-key")
aws.cloudwatch.LogGroup("prod-app-logs", name="/prod/app", retention_in_days=0, kms_key_id=key.arn)
