"""A hardened trail plus a CloudWatch Logs delivery role, an encrypted log group, and the documented CloudTrail bucket
policy (PutObject on the AWSLogs/<account>/* prefix, pinned by aws:SourceArn).

expect: clean
"""

import json

import pulumi_aws as aws
from holdout2_kit import ACCOUNT, REGION, bucket_policy_json, cmk, private_bucket, trust

key = cmk("main-trail-key")
logs = private_bucket("main-trail-logs", key=key, policy=False)
trail_arn = f"arn:aws:cloudtrail:{REGION}:{ACCOUNT}:trail/main-trail"
aws.s3.BucketPolicy(
    "main-trail-logs-pol",
    bucket=logs.id,
    policy=bucket_policy_json(
        "h2-main-trail-logs",
        {
            "Sid": "AclCheck",
            "Effect": "Allow",
            "Principal": {"Service": "cloudtrail.amazonaws.com"},
            "Action": "s3:GetBucketAcl",
            "Resource": "arn:aws:s3:::h2-main-trail-logs",
            "Condition": {"StringEquals": {"aws:SourceArn": trail_arn}},
        },
        {
            "Sid": "Write",
            "Effect": "Allow",
            "Principal": {"Service": "cloudtrail.amazonaws.com"},
            "Action": "s3:PutObject",
            "Resource": f"arn:aws:s3:::h2-main-trail-logs/AWSLogs/{ACCOUNT}/*",
            "Condition": {"StringEquals": {"s3:x-amz-acl": "bucket-owner-full-control", "aws:SourceArn": trail_arn}},
        },
    ),
)
lg = aws.cloudwatch.LogGroup("main-trail-lg", retention_in_days=365, kms_key_id=key.arn)
role = aws.iam.Role("main-trail-cw", assume_role_policy=trust("cloudtrail.amazonaws.com"))
aws.iam.RolePolicy(
    "main-trail-cw-policy",
    role=role.id,
    policy=lg.arn.apply(
        lambda arn: json.dumps(
            {
                "Version": "2012-10-17",
                "Statement": [
                    {"Effect": "Allow", "Action": ["logs:CreateLogStream", "logs:PutLogEvents"], "Resource": f"{arn}:*"}
                ],
            }
        )
    ),
)
aws.cloudtrail.Trail(
    "main-trail",
    name="main-trail",
    s3_bucket_name=logs.bucket,
    is_multi_region_trail=True,
    enable_log_file_validation=True,
    kms_key_id=key.arn,
    cloud_watch_logs_group_arn=lg.arn.apply(lambda a: f"{a}:*"),
    cloud_watch_logs_role_arn=role.arn,
)
