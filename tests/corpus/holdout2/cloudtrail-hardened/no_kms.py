"""A multi-region trail with validation but SSE-S3 only (no kms_key_id).

expect: cloudtrail-hardened @ audit-trail
"""

import pulumi_aws as aws
from holdout2_kit import private_bucket

logs = private_bucket("audit-trail-logs")
aws.cloudtrail.Trail("audit-trail", s3_bucket_name=logs.bucket, is_multi_region_trail=True, enable_log_file_validation=True)
