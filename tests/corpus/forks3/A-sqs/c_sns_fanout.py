"""Encrypted queue whose policy only lets one SNS topic (SourceArn condition) send.
expect: clean
"""
import pulumi
import pulumi_aws as aws
from forks3_kit import cmk

key = cmk("fanout-key", ["sns.amazonaws.com"])
topic = aws.sns.Topic("order-events", kms_master_key_id=key.id)
q = aws.sqs.Queue("order-events-billing", kms_master_key_id=key.id, kms_data_key_reuse_period_seconds=300)
aws.sqs.QueuePolicy("order-events-billing-policy", queue_url=q.url,
    policy=pulumi.Output.json_dumps({"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Principal": {"Service": "sns.amazonaws.com"}, "Action": "sqs:SendMessage",
        "Resource": q.arn, "Condition": {"ArnEquals": {"aws:SourceArn": topic.arn}}}]}))
aws.sns.TopicSubscription("order-events-billing-sub", topic=topic.arn, protocol="sqs", endpoint=q.arn,
                          raw_message_delivery=True)
