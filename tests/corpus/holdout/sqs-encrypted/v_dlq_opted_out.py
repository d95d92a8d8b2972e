"""A main queue with KMS, and its dead-letter queue created with sqs_managed_sse_enabled=False.

expect: sqs-encrypted @ ingest-dlq
"""

import json

import holdout_kit as kit
import pulumi_aws as aws

key = kit.cmk("ingest-key")
dlq = aws.sqs.Queue("ingest-dlq", sqs_managed_sse_enabled=False, message_retention_seconds=1209600)
aws.sqs.Queue(
    "ingest",
    kms_master_key_id=key.arn,
    redrive_policy=dlq.arn.apply(lambda arn: json.dumps({"deadLetterTargetArn": arn, "maxReceiveCount": 5})),
)
