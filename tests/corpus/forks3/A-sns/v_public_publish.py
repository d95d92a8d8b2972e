"""Topic policy: anyone may Publish and Subscribe. (Principal AWS "*", no condition.)
expect: any @ alerts-policy | alerts
category: resource-policy
"""
import json
import pulumi_aws as aws

topic = aws.sns.Topic("alerts", kms_master_key_id="alias/aws/sns")
aws.sns.TopicPolicy("alerts-policy", arn=topic.arn,
    policy=topic.arn.apply(lambda arn: json.dumps({"Version": "2012-10-17", "Statement": [{
        "Effect": "Allow", "Principal": {"AWS": "*"}, "Action": ["SNS:Publish", "SNS:Subscribe"], "Resource": arn}]})))
