"""SNS fan-out: the queue policy allows Principal "*" only with aws:SourceArn equal to the topic.

expect: clean
"""

import pulumi
import pulumi_aws as aws

topic = aws.sns.Topic("fanout", kms_master_key_id="alias/aws/sns")
q = aws.sqs.Queue("fanout-sub")
aws.sqs.QueuePolicy(
    "fanout-sub-policy",
    queue_url=q.id,
    policy=pulumi.Output.json_dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Principal": "*",
                    "Action": "sqs:SendMessage",
                    "Resource": q.arn,
                    "Condition": {"ArnEquals": {"aws:SourceArn": topic.arn}},
                }
            ],
        }
    ),
)
aws.sns.TopicSubscription("fanout-sub-subscription", topic=topic.arn, protocol="sqs", endpoint=q.arn)
