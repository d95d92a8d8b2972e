"""An org-style trail with KMS and multi-region but log file validation off.

expect: cloudtrail-hardened @ audit-trail
"""

import holdout_kit as kit
import pulumi_aws as aws

key = kit.cmk("trail-key")
aws.cloudtrail.Trail(
    "audit-trail",
    s3_bucket_name="hold-trail-logs",
    is_multi_region_trail=True,
    kms_key_id=key.arn,
    enable_log_file_validation=False,
    include_global_service_events=True,
)
