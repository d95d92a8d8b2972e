"""A queue that opts out of SSE-SQS and sets no KMS key.

expect: sqs-encrypted @ jobs
"""

import pulumi_aws as aws

aws.sqs.Queue(
    "jobs",
    aws.sqs.QueueArgs(visibility_timeout_seconds=300, sqs_managed_sse_enabled=False, message_retention_seconds=1209600),
)
