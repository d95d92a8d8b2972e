"""expect: any @ jobs-policy
category: resource-policy
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

key = cmk("jobs-key")
queue = aws.sqs.Queue("jobs", kms_master_key_id=key.arn)
aws.sqs.QueuePolicy(
    "jobs-policy",
    queue_url=queue.url,
    policy=queue.arn.apply(lambda arn: json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "sqs:SendMessage", "Resource": arn}],
    })),
)
