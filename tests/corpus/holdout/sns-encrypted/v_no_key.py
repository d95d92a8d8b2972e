"""An alerts topic with no kms_master_key_id (SNS does not encrypt at rest by default).

expect: sns-encrypted @ alerts
"""

import pulumi_aws as aws

topic = aws.sns.Topic("alerts", display_name="Ops alerts")
aws.sns.TopicSubscription("alerts-email", topic=topic.arn, protocol="email", endpoint="ops@example.com")
