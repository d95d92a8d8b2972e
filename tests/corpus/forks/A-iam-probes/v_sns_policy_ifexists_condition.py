"""expect: any @ ops-policy
category: resource-policy
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

topic = aws.sns.Topic("ops", kms_master_key_id="alias/aws/sns")
aws.sns.TopicPolicy(
    "ops-policy",
    arn=topic.arn,
    policy=json.dumps({
        "Version": "2012-10-17",
        "Statement": [{"Effect": "Allow", "Principal": "*", "Action": "sns:Publish",
                       "Resource": f"arn:aws:sns:{REGION}:{ACCOUNT}:ops",
                       "Condition": {"StringEqualsIfExists": {"aws:SourceAccount": ACCOUNT}}}],
    }),
)
