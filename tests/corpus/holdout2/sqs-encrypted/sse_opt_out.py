"""A queue that opts out of SSE-SQS (sqs_managed_sse_enabled=False) and sets no key.

expect: sqs-encrypted @ thumbnails
"""

import pulumi_aws as aws

aws.sqs.Queue("thumbnails", visibility_timeout_seconds=120, sqs_managed_sse_enabled=False)
