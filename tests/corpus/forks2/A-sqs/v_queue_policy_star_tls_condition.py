"""SQS queue policy for Principal * whose only condition is SecureTransport (does not pin the caller).

expect: any @ inbox-policy | inbox
category: resource-policy
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

queue = aws.sqs.Queue("inbox", kms_master_key_id=kit.cmk("sqs-key").id)
aws.sqs.QueuePolicy("inbox-policy", queue_url=queue.url, policy=queue.arn.apply(lambda arn: json.dumps({
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "sqs:SendMessage", "Resource": arn,
                   "Condition": {"Bool": {"aws:SecureTransport": "true"}}}]})))
