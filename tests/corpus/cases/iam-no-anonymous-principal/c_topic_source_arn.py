"""Principal '*' pinned with aws:SourceAccount and ArnLike aws:SourceArn (S3 event notifications).

expect: clean
"""

import pulumi
import pulumi_aws as aws

key = aws.kms.Key("events-key", enable_key_rotation=True)
topic = aws.sns.Topic("events", kms_master_key_id=key.id)
aws.sns.TopicPolicy(
    "events-policy",
    arn=topic.arn,
    policy=pulumi.Output.json_dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Principal": {"AWS": "*"},
                    "Action": "SNS:Publish",
                    "Resource": topic.arn,
                    "Condition": {
                        "ArnLike": {"aws:SourceArn": "arn:aws:s3:::corpus-uploads"},
                        "StringEquals": {"aws:SourceAccount": "123456789012"},
                    },
                }
            ],
        }
    ),
)
