"""PLANNED RULE. A queue with SQS-managed SSE explicitly disabled and no KMS key.

expect: sqs-encrypted @ jobs
"""

import pulumi_aws as aws

aws.sqs.Queue("jobs", sqs_managed_sse_enabled=False)
