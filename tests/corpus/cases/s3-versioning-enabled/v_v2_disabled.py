"""Deprecated BucketVersioningV2 with status Disabled.

expect: s3-versioning-enabled @ cache
"""

import pulumi_aws as aws
from corpus_kit import hardened_bucket

b = hardened_bucket("cache", versioning=False)
aws.s3.BucketVersioningV2("cache-versioning", bucket=b.id, versioning_configuration={"status": "Disabled"})
