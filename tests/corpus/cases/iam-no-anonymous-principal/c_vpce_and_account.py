"""Queue policy with Principal '*' pinned to a VPC endpoint; a role trusting one account root.

expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

queue = aws.sqs.Queue("internal", sqs_managed_sse_enabled=True)
aws.sqs.QueuePolicy(
    "internal-policy",
    queue_url=queue.url,
    policy=pulumi.Output.json_dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Principal": "*",
                    "Action": "sqs:SendMessage",
                    "Resource": queue.arn,
                    "Condition": {"StringEquals": {"aws:SourceVpce": "vpce-0a1b2c3d4e5f60718"}},
                }
            ],
        }
    ),
)
aws.iam.Role(
    "cross-account",
    assume_role_policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Principal": {"AWS": "arn:aws:iam::210987654321:root"},
                    "Action": "sts:AssumeRole",
                    "Condition": {"StringEquals": {"sts:ExternalId": "corpus"}},
                }
            ],
        }
    ),
)
