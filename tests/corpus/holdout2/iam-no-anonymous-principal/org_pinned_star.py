"""Principal "*" pinned by aws:PrincipalOrgID on a bucket policy and by aws:SourceArn on a topic policy.

expect: clean
"""

import json

import pulumi_aws as aws
from holdout2_kit import ACCOUNT, bucket_policy_json, private_bucket

b = private_bucket("org-artifacts", policy=False)
aws.s3.BucketPolicy(
    "org-artifacts-pol",
    bucket=b.id,
    policy=bucket_policy_json(
        "h2-org-artifacts",
        {
            "Sid": "OrgRead",
            "Effect": "Allow",
            "Principal": "*",
            "Action": ["s3:GetObject"],
            "Resource": "arn:aws:s3:::h2-org-artifacts/*",
            "Condition": {"StringEquals": {"aws:PrincipalOrgID": "o-a1b2c3d4e5"}},
        },
    ),
)
topic = aws.sns.Topic("budget-alerts", kms_master_key_id="alias/aws/sns")
aws.sns.TopicPolicy(
    "budget-alerts-policy",
    arn=topic.arn,
    policy=topic.arn.apply(
        lambda arn: json.dumps(
            {
                "Version": "2012-10-17",
                "Statement": [
                    {
                        "Effect": "Allow",
                        "Principal": {"AWS": "*"},
                        "Action": "SNS:Publish",
                        "Resource": arn,
                        "Condition": {"StringEquals": {"aws:SourceAccount": ACCOUNT}},
                    }
                ],
            }
        )
    ),
)
