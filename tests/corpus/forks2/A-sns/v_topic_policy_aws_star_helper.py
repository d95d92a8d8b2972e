"""SNS topic policy built by a helper, Principal {AWS: *} may publish and subscribe.

expect: any @ alerts-policy | alerts
category: resource-policy
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

topic = aws.sns.Topic("alerts", kms_master_key_id=kit.cmk("sns-key").id)


def open_topic_policy(arn):
    return json.dumps({"Version": "2012-10-17", "Statement": [
        {"Sid": "pubsub", "Effect": "Allow", "Principal": {"AWS": "*"}, "Action": ["SNS:Publish", "SNS:Subscribe"],
         "Resource": arn}]})


aws.sns.TopicPolicy("alerts-policy", arn=topic.arn, policy=topic.arn.apply(open_topic_policy))
