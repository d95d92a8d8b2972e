"""An access-log bucket with SSE-S3 that only receives server access logs from the data bucket (BucketLoggingV2).

expect: clean
"""

import pulumi_aws as aws
from holdout2_kit import private_bucket

logs = private_bucket("access-logs", sse="s3")
data = private_bucket("ledger")
aws.s3.BucketLoggingV2("ledger-logging", bucket=data.id, target_bucket=logs.id, target_prefix="ledger/")
