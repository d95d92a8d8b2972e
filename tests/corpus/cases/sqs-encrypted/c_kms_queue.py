"""PLANNED RULE edge. A queue encrypted with a customer key and its DLQ with SQS-managed SSE.

expect: clean
"""

import pulumi
import pulumi_aws as aws

key = aws.kms.Key("queue-key", enable_key_rotation=True)
dlq = aws.sqs.Queue("orders-dlq", sqs_managed_sse_enabled=True)
aws.sqs.Queue(
    "orders",
    kms_master_key_id=key.id,
    kms_data_key_reuse_period_seconds=300,
    redrive_policy=pulumi.Output.json_dumps({"deadLetterTargetArn": dlq.arn, "maxReceiveCount": 5}),
)
