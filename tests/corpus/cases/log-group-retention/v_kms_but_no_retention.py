"""PLANNED RULE. KMS-encrypted log group that keeps logs forever (retention 0 = never expire).

expect: log-group-retention @ audit-logs
policy-config: prod
"""

import pulumi_aws as aws

key = aws.kms.Key("audit-logs-key", enable_key_rotation=True)
aws.cloudwatch.LogGroup("audit-logs", kms_key_id=key.arn, retention_in_days=0)
