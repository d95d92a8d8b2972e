"""A production log group kept 14 days (prod asks for at least 30).

expect: log-group-retention @ checkout-logs
policy-config: prod
"""

import pulumi_aws as aws
from holdout2_kit import cmk

aws.cloudwatch.LogGroup("checkout-logs", retention_in_days=14, kms_key_id=cmk("checkout-logs-key").arn)
