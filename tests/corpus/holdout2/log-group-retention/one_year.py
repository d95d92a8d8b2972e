"""A production log group kept 400 days with the infrequent-access class.

expect: clean
policy-config: prod
"""

import pulumi_aws as aws
from holdout2_kit import cmk

aws.cloudwatch.LogGroup(
    "ingest-logs", retention_in_days=400, log_group_class="INFREQUENT_ACCESS", kms_key_id=cmk("ingest-logs-key").arn
)
