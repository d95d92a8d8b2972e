"""A queue encrypted with the AWS-managed alias/aws/sqs key (KMS, not SSE-SQS).

expect: clean
"""

import pulumi_aws as aws

aws.sqs.Queue("audit-events", kms_master_key_id="alias/aws/sqs", sqs_managed_sse_enabled=False)
