"""A queue policy that lets anyone send messages (Principal "*", no condition).

expect: iam-no-anonymous-principal @ intake-policy
mode: plain-only
"""

import pulumi
import pulumi_aws as aws

q = aws.sqs.Queue("intake")
aws.sqs.QueuePolicy(
    "intake-policy",
    queue_url=q.url,
    policy=pulumi.Output.json_dumps(
        {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "sqs:SendMessage", "Resource": q.arn}],
        }
    ),
)
