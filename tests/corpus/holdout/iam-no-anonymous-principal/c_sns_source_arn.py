"""A topic policy allowing Principal '*' to publish only when aws:SourceArn is a named S3 bucket and SourceAccount pinned.

expect: clean
"""

import json

import holdout_kit as kit
import pulumi_aws as aws

key = kit.cmk("uploads-topic-key")
topic = aws.sns.Topic("upload-events", name="upload-events", kms_master_key_id=key.arn)
aws.sns.TopicPolicy(
    "upload-events-policy",
    arn=topic.arn,
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Principal": {"Service": "s3.amazonaws.com"},
                    "Action": "SNS:Publish",
                    "Resource": "arn:aws:sns:eu-west-1:210987654321:upload-events",
                    "Condition": {
                        "ArnLike": {"aws:SourceArn": "arn:aws:s3:::hold-uploads"},
                        "StringEquals": {"aws:SourceAccount": kit.ACCOUNT_ID},
                    },
                }
            ],
        }
    ),
)
