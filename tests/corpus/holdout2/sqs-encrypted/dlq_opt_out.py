"""A worker queue and its dead-letter queue; the DLQ, built by a helper, opts out of SSE.

expect: sqs-encrypted @ jobs-dlq
"""

import json

import pulumi_aws as aws


def queue(name, **kw):
    return aws.sqs.Queue(name, message_retention_seconds=1209600, **kw)


dlq = queue("jobs-dlq", sqs_managed_sse_enabled="false")
queue("jobs", redrive_policy=dlq.arn.apply(lambda arn: json.dumps({"deadLetterTargetArn": arn, "maxReceiveCount": 5})))
