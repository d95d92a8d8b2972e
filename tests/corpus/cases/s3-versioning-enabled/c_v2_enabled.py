"""BucketVersioningV2 (deprecated name) enabled on a v7 Bucket.

expect: clean
"""

import pulumi_aws as aws
from corpus_kit import hardened_bucket

b = hardened_bucket("assets", versioning=False)
aws.s3.BucketVersioningV2("assets-versioning", bucket=b.id, versioning_configuration={"status": "Enabled"})
