"""An organisation trail with KMS and multi-region but log file validation left off.

expect: cloudtrail-hardened @ org-trail
"""

import pulumi_aws as aws
from holdout2_kit import cmk, private_bucket

logs = private_bucket("trail-logs")
aws.cloudtrail.Trail(
    "org-trail",
    s3_bucket_name=logs.bucket,
    is_multi_region_trail=True,
    is_organization_trail=True,
    kms_key_id=cmk("trail-key").arn,
    include_global_service_events=True,
)
