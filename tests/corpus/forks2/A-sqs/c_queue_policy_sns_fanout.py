"""SQS queue (CMK) with a Principal * policy pinned by aws:SourceArn to one SNS topic (the fan-out pattern).

expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

topic_arn = f"arn:aws:sns:{kit.REGION}:{kit.ACCOUNT}:orders"
queue = aws.sqs.Queue("inbox", kms_master_key_id=kit.cmk("sqs-key", "sns.amazonaws.com").id)
aws.sqs.QueuePolicy("inbox-policy", queue_url=queue.url, policy=queue.arn.apply(lambda arn: json.dumps({
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "sqs:SendMessage", "Resource": arn,
                   "Condition": {"ArnEquals": {"aws:SourceArn": topic_arn}}}]})))
