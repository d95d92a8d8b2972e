"""A queue policy letting Principal '*' send messages with no condition.

expect: iam-no-anonymous-principal @ webhooks-policy
mode: plain-only
"""

import json

import pulumi_aws as aws

queue = aws.sqs.Queue("webhooks")
aws.sqs.QueuePolicy(
    "webhooks-policy",
    queue_url=queue.url,
    policy=queue.arn.apply(
        lambda arn: json.dumps(
            {
                "Version": "2012-10-17",
                "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "sqs:SendMessage", "Resource": arn}],
            }
        )
    ),
)
