"""Under prod's config (30 days minimum), a log group kept 7 days.

expect: log-group-retention @ prod-worker-logs
policy-config: prod
"""

import holdout_kit as kit
import pulumi_aws as aws

key = kit.cmk("prod-worker-key")
aws.cloudwatch.LogGroup("prod-worker-logs", aws.cloudwatch.LogGroupArgs(retention_in_days=7, kms_key_id=key.arn))
