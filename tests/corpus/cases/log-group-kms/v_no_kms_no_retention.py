"""PLANNED RULE. A log group without a KMS key and with infinite retention.

expect: log-group-kms @ api-logs
"""

import pulumi_aws as aws

aws.cloudwatch.LogGroup("api-logs", name="/app/api")
