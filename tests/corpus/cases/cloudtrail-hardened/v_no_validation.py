"""PLANNED RULE. Multi-region, KMS, but log-file validation explicitly off.

expect: cloudtrail-hardened @ org-trail
"""

import pulumi_aws as aws
from corpus_kit import hardened_bucket, rotating_key

key = rotating_key("trail-key")
logs = hardened_bucket("org-trail-logs")
aws.cloudtrail.Trail(
    "org-trail",
    s3_bucket_name=logs.bucket,
    is_multi_region_trail=True,
    kms_key_id=key.arn,
    enable_log_file_validation=False,
    include_global_service_events=True,
)
