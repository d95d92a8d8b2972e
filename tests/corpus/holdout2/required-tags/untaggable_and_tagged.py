"""No stack defaultTags; a tagged topic with its TopicPolicy and subscription (neither has tags).

expect: clean
config: {"aws:defaultTags": null}
"""

import json

import pulumi_aws as aws
from holdout2_kit import ACCOUNT, TAGS

t = aws.sns.Topic("orders-topic", kms_master_key_id="alias/aws/sns", tags=TAGS)
aws.sns.TopicPolicy(
    "orders-topic-policy",
    arn=t.arn,
    policy=t.arn.apply(
        lambda a: json.dumps(
            {
                "Version": "2012-10-17",
                "Statement": [
                    {
                        "Effect": "Allow",
                        "Principal": {"AWS": f"arn:aws:iam::{ACCOUNT}:root"},
                        "Action": "sns:Subscribe",
                        "Resource": a,
                    }
                ],
            }
        )
    ),
)
aws.sns.TopicSubscription("orders-topic-email", topic=t.arn, protocol="email", endpoint="ops@example.com")
