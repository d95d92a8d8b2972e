"""expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

topic = aws.sns.Topic("orders-events", kms_master_key_id="alias/aws/sns")
queue = aws.sqs.Queue("orders-events-q", sqs_managed_sse_enabled=True)
aws.sqs.QueuePolicy(
    "orders-events-q-policy",
    queue_url=queue.url,
    policy=pulumi.Output.all(queue.arn, topic.arn).apply(lambda a: json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": {"Service": "sns.amazonaws.com"}, "Action": "sqs:SendMessage",
                       "Resource": a[0], "Condition": {"ArnEquals": {"aws:SourceArn": a[1]}}}],
    })),
)
aws.sns.TopicSubscription("orders-events-sub", topic=topic.arn, protocol="sqs", endpoint=queue.arn)
