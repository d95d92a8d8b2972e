"""A queue encrypted with the AWS-managed alias/aws/sqs key.

expect: clean
"""

import pulumi_aws as aws

aws.sqs.Queue("audit-queue", kms_master_key_id="alias/aws/sqs", delay_seconds=0)
