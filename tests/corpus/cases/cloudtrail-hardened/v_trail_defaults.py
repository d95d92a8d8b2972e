"""PLANNED RULE. A trail with defaults: single region, no log-file validation, no KMS.

expect: cloudtrail-hardened @ audit
"""

import pulumi_aws as aws
from corpus_kit import hardened_bucket

logs = hardened_bucket("trail-logs")
aws.cloudtrail.Trail("audit", s3_bucket_name=logs.bucket)
