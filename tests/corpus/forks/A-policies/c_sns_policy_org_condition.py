"""expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

topic = aws.sns.Topic("alerts", kms_master_key_id=cmk("alerts-key").arn)
aws.sns.TopicPolicy(
    "alerts-policy",
    arn=topic.arn,
    policy=topic.arn.apply(lambda arn: json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": {"AWS": "*"}, "Action": "SNS:Publish", "Resource": arn,
                       "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}}}],
    })),
)
