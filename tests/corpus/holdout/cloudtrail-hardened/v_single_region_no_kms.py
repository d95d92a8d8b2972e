"""A regional trail without a KMS key (default config: single region not allowed either).

expect: cloudtrail-hardened @ regional-trail
"""

import pulumi_aws as aws

aws.cloudtrail.Trail(
    "regional-trail", aws.cloudtrail.TrailArgs(s3_bucket_name="hold-trail-logs", enable_log_file_validation=True)
)
