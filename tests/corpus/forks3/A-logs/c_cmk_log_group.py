"""Log group with a CMK and retention.
expect: clean
"""
import pulumi_aws as aws
from forks3_kit import cmk

key = cmk("jobs-logs-key", ["logs.eu-west-1.amazonaws.com"])
aws.cloudwatch.LogGroup("jobs-logs", retention_in_days=365, kms_key_id=key.arn)
