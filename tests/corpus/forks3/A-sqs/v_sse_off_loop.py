"""Queues built from a dict; one has SQS-managed SSE explicitly disabled and no KMS key. FSBP SQS.1.
expect: any @ q-refunds
category: rest
"""
import pulumi_aws as aws

QUEUES = {"orders": {"sqs_managed_sse_enabled": True}, "refunds": {"sqs_managed_sse_enabled": False}}
for name, opts in QUEUES.items():
    aws.sqs.Queue(f"q-{name}", visibility_timeout_seconds=60, message_retention_seconds=345600, **opts)
