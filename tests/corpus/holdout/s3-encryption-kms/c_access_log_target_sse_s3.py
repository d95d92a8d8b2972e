"""A server-access-log target bucket with SSE-S3 (the only encryption S3 log delivery supports), fed by BucketLogging.

expect: clean
"""

import holdout_kit as kit
import pulumi_aws as aws

logs = kit.secure_bucket("access-logs", skip=("sse", "policy"), extra_statements=None)
aws.s3.BucketServerSideEncryptionConfiguration(
    "access-logs-sse", bucket=logs.id, rules=[{"apply_server_side_encryption_by_default": {"sse_algorithm": "AES256"}}]
)
aws.s3.BucketPolicy(
    "access-logs-policy",
    bucket=logs.id,
    policy=kit.json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [
                kit.deny_insecure("hold-access-logs"),
                {
                    "Sid": "S3ServerAccessLogsPolicy",
                    "Effect": "Allow",
                    "Principal": {"Service": "logging.s3.amazonaws.com"},
                    "Action": "s3:PutObject",
                    "Resource": "arn:aws:s3:::hold-access-logs/*",
                    "Condition": {"StringEquals": {"aws:SourceAccount": kit.ACCOUNT_ID}},
                },
            ],
        }
    ),
)
data = kit.secure_bucket("app-data")
aws.s3.BucketLogging("app-data-logging", bucket=data.id, target_bucket=logs.id, target_prefix="app-data/")
