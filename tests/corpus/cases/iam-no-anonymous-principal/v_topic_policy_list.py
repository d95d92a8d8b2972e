"""An SNS topic policy with Principal {"AWS": ["*"]} (list form).

expect: iam-no-anonymous-principal @ alerts-policy
mode: plain-only
"""

import pulumi_aws as aws

key = aws.kms.Key("alerts-key", enable_key_rotation=True)
topic = aws.sns.Topic("alerts", kms_master_key_id=key.id)
aws.sns.TopicPolicy(
    "alerts-policy",
    arn=topic.arn,
    policy=topic.arn.apply(
        lambda arn: (
            f"""{{
  "Version": "2012-10-17",
  "Statement": [{{"Effect": "Allow", "Principal": {{"AWS": ["*"]}}, "Action": "sns:Publish", "Resource": "{arn}"}}]
}}"""
        )
    ),
)
