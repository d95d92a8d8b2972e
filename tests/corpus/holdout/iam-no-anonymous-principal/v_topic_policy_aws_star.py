"""An SNS topic policy with Principal {"AWS": "*"} allowing Publish, no condition.

expect: iam-no-anonymous-principal @ public-feed-policy
"""

import json

import holdout_kit as kit
import pulumi_aws as aws

key = kit.cmk("feed-key")
topic = aws.sns.Topic("public-feed", name="public-feed", kms_master_key_id=key.arn)
aws.sns.TopicPolicy(
    "public-feed-policy",
    arn=topic.arn,
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Principal": {"AWS": "*"},
                    "Action": "SNS:Publish",
                    "Resource": "arn:aws:sns:eu-west-1:210987654321:public-feed",
                }
            ],
        }
    ),
)
