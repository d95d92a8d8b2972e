"""Encrypted topic; policy allows publish only from the own account's principals via condition.
expect: clean
"""
import json
import pulumi_aws as aws

topic = aws.sns.Topic("ops-events", kms_master_key_id="alias/aws/sns")
aws.sns.TopicPolicy("ops-events-policy", arn=topic.arn,
    policy=topic.arn.apply(lambda arn: json.dumps({"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::123456789012:root"},
        "Action": "SNS:Publish", "Resource": arn}, {
        "Sid": "DenyInsecureTransport", "Effect": "Deny", "Principal": "*", "Action": "SNS:Publish",
        "Resource": arn, "Condition": {"Bool": {"aws:SecureTransport": "false"}}}]})))
