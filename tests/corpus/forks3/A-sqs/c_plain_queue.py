"""Queue with SQS-managed SSE (the default since 2022, written explicitly) and a DLQ.
expect: clean
"""
import json
import pulumi_aws as aws

dlq = aws.sqs.Queue("jobs-dlq", sqs_managed_sse_enabled=True, message_retention_seconds=1209600)
aws.sqs.Queue("jobs", sqs_managed_sse_enabled=True, visibility_timeout_seconds=120,
              redrive_policy=dlq.arn.apply(lambda arn: json.dumps({"deadLetterTargetArn": arn, "maxReceiveCount": 5})))
