"""Retention read from a settings dict as "0" (keep forever).

expect: log-group-retention @ audit-logs
policy-config: prod
"""

import pulumi_aws as aws
from holdout2_kit import cmk

settings = {"retention": "0"}
aws.cloudwatch.LogGroup("audit-logs", retention_in_days=int(settings["retention"]), kms_key_id=cmk("audit-logs-key").arn)
