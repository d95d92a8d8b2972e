"""A FIFO queue with no encryption arguments at all: SSE-SQS is on by default.

expect: clean
"""

import pulumi_aws as aws

aws.sqs.Queue("payments.fifo", name="payments.fifo", fifo_queue=True, content_based_deduplication=True)
