"""A Lambda's log group created explicitly with a retention but no KMS key.

expect: log-group-kms @ orders-fn-logs
"""

import pulumi_aws as aws

aws.cloudwatch.LogGroup("orders-fn-logs", name="/aws/lambda/orders", retention_in_days=30)
