"""A multi-region trail with validation, a CMK, CloudWatch Logs delivery and data events selectors.

expect: clean
"""

import json

import holdout_kit as kit
import pulumi_aws as aws

key = kit.cmk("ct-key")
lg = aws.cloudwatch.LogGroup("ct-logs", name="/acme/cloudtrail", retention_in_days=400, kms_key_id=key.arn)
role = aws.iam.Role(
    "ct-to-cwl",
    assume_role_policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {"Effect": "Allow", "Principal": {"Service": "cloudtrail.amazonaws.com"}, "Action": "sts:AssumeRole"}
            ],
        }
    ),
)
aws.iam.RolePolicy(
    "ct-to-cwl-policy",
    role=role.id,
    policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Action": ["logs:CreateLogStream", "logs:PutLogEvents"],
                    "Resource": f"arn:aws:logs:eu-west-1:{kit.ACCOUNT_ID}:log-group:/acme/cloudtrail:*",
                }
            ],
        }
    ),
)
aws.cloudtrail.Trail(
    "org-trail",
    s3_bucket_name="hold-trail-logs",
    is_multi_region_trail=True,
    enable_log_file_validation=True,
    kms_key_id=key.arn,
    cloud_watch_logs_group_arn=lg.arn.apply(lambda a: f"{a}:*"),
    cloud_watch_logs_role_arn=role.arn,
    event_selectors=[
        {
            "read_write_type": "All",
            "include_management_events": True,
            "data_resources": [{"type": "AWS::S3::Object", "values": ["arn:aws:s3"]}],
        }
    ],
)
