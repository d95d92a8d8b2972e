"""Under prod's config, a log group with 365 days' retention and the INFREQUENT_ACCESS class.

expect: clean
policy-config: prod
"""

import holdout_kit as kit
import pulumi_aws as aws

key = kit.cmk("prod-audit-key")
aws.cloudwatch.LogGroup("prod-audit-logs", retention_in_days=365, kms_key_id=key.arn, log_group_class="INFREQUENT_ACCESS")
