"""expect: any @ events-q-policy
category: resource-policy
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

queue = aws.sqs.Queue("events-q", sqs_managed_sse_enabled=True)
aws.sqs.QueuePolicy(
    "events-q-policy",
    queue_url=queue.url,
    policy=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "sqs:SendMessage",
                       "Resource": f"arn:aws:sqs:{REGION}:{ACCOUNT}:events-q",
                       "Condition": {"ArnLike": {"aws:SourceArn": "arn:aws:sns:*:*:*"}}}],
    }),
)
