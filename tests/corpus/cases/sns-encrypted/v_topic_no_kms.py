"""PLANNED RULE. An SNS topic without a KMS key.

expect: sns-encrypted @ notifications
"""

import pulumi_aws as aws

aws.sns.Topic("notifications")
