"""An SQS queue policy open to everyone.

expect: iam-no-anonymous-principal @ jobs-policy
mode: plain-only
"""

import pulumi
import pulumi_aws as aws

queue = aws.sqs.Queue("jobs", sqs_managed_sse_enabled=True)
aws.sqs.QueuePolicy(
    "jobs-policy",
    queue_url=queue.url,
    policy=pulumi.Output.json_dumps(
        {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "sqs:SendMessage", "Resource": queue.arn}],
        }
    ),
)
