"""expect: any @ intake
category: resource-policy
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

aws.sqs.Queue(
    "intake",
    name="intake",
    sqs_managed_sse_enabled=True,
    policy=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": ["sqs:SendMessage", "sqs:ReceiveMessage"],
                       "Resource": f"arn:aws:sqs:{REGION}:{ACCOUNT}:intake"}],
    }),
)
