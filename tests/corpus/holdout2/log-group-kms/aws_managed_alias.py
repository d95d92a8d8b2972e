"""A log group pointed at an AWS-managed alias (not a customer-managed key).

expect: log-group-kms @ api-access
"""

import pulumi_aws as aws

aws.cloudwatch.LogGroup("api-access", retention_in_days=30, kms_key_id="arn:aws:kms:eu-west-1:345678901234:alias/aws/logs")
