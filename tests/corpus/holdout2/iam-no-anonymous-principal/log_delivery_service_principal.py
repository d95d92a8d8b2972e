"""A log bucket policy granting the S3 logging service principal PutObject, pinned with aws:SourceAccount.

expect: clean
"""

import pulumi_aws as aws
from holdout2_kit import ACCOUNT, bucket_policy_json, private_bucket

logs = private_bucket("srv-logs", sse="s3", policy=False)
aws.s3.BucketPolicy(
    "srv-logs-pol",
    bucket=logs.id,
    policy=bucket_policy_json(
        "h2-srv-logs",
        {
            "Sid": "S3ServerAccessLogsPolicy",
            "Effect": "Allow",
            "Principal": {"Service": "logging.s3.amazonaws.com"},
            "Action": "s3:PutObject",
            "Resource": "arn:aws:s3:::h2-srv-logs/*",
            "Condition": {"StringEquals": {"aws:SourceAccount": ACCOUNT}},
        },
    ),
)
src = private_bucket("srv-data")
aws.s3.BucketLogging("srv-data-logging", bucket=src.id, target_bucket=logs.id, target_prefix="srv-data/")
