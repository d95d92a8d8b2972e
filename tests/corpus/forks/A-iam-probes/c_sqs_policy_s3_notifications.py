"""expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

queue = aws.sqs.Queue("uploads", sqs_managed_sse_enabled=True)
aws.sqs.QueuePolicy(
    "uploads-policy",
    queue_url=queue.url,
    policy=queue.arn.apply(lambda arn: json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": {"Service": "s3.amazonaws.com"}, "Action": "sqs:SendMessage", "Resource": arn,
                       "Condition": {"ArnLike": {"aws:SourceArn": "arn:aws:s3:::acme-uploads"},
                                     "StringEquals": {"aws:SourceAccount": ACCOUNT}}}],
    })),
)
