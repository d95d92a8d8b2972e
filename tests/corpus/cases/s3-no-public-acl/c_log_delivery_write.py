"""log-delivery-write grants the S3 log delivery group only, not everyone.

expect: clean
"""

import pulumi_aws as aws
from corpus_kit import hardened_bucket

b = hardened_bucket("legacy-logs", ownership=False)
aws.s3.BucketAclV2("legacy-logs-acl", bucket=b.id, acl="log-delivery-write")
