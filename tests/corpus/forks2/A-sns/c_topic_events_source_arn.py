"""Encrypted SNS topic whose policy lets EventBridge publish, pinned by source ARN.

expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

key = kit.cmk("sns-key", "events.amazonaws.com")
topic = aws.sns.Topic("alerts", kms_master_key_id=key.id)
rule_arn = f"arn:aws:events:{kit.REGION}:{kit.ACCOUNT}:rule/alarms"
aws.sns.TopicPolicy("alerts-policy", arn=topic.arn, policy=topic.arn.apply(lambda arn: json.dumps({
    "Version": "2012-10-17",
    "Statement": [{"Sid": "events", "Effect": "Allow", "Principal": {"Service": "events.amazonaws.com"},
                   "Action": "sns:Publish", "Resource": arn, "Condition": {"ArnEquals": {"aws:SourceArn": rule_arn}}}]})))
