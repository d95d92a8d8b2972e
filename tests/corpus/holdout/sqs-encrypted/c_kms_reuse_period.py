"""A queue encrypted with a CMK alias and a data key reuse period.

expect: clean
"""

import holdout_kit as kit
import pulumi_aws as aws

key = kit.cmk("queue-key")
alias = aws.kms.Alias("queue-key-alias", name="alias/queue", target_key_id=key.key_id)
aws.sqs.Queue("notifications", kms_master_key_id=alias.name, kms_data_key_reuse_period_seconds=3600)
