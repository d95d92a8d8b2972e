"""PLANNED RULE edge. KMS key and 90-day retention.

expect: clean
"""

import pulumi_aws as aws

key = aws.kms.Key("worker-logs-key", enable_key_rotation=True)
aws.cloudwatch.LogGroup("worker-logs", kms_key_id=key.arn, retention_in_days=90)
