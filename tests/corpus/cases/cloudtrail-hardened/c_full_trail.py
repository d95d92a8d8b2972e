"""PLANNED RULE edge. Multi-region trail with validation and KMS into a hardened bucket.

expect: clean
"""

import pulumi_aws as aws
from corpus_kit import hardened_bucket, rotating_key

key = rotating_key("main-trail-key")
logs = hardened_bucket("main-trail-logs")
aws.cloudtrail.Trail(
    "main-trail",
    s3_bucket_name=logs.bucket,
    is_multi_region_trail=True,
    kms_key_id=key.arn,
    enable_log_file_validation=True,
    include_global_service_events=True,
)
