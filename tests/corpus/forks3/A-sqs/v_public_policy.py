"""Queue policy letting anyone SendMessage (Principal "*", no condition).
expect: any @ inbox-policy | inbox
category: resource-policy
"""
import json
import pulumi
import pulumi_aws as aws

q = aws.sqs.Queue("inbox")
aws.sqs.QueuePolicy("inbox-policy", queue_url=q.url,
    policy=pulumi.Output.json_dumps({"Version": "2012-10-17", "Statement": [{
        "Sid": "AnyoneCanSend", "Effect": "Allow", "Principal": "*",
        "Action": ["sqs:SendMessage", "sqs:ReceiveMessage"], "Resource": q.arn}]}))
