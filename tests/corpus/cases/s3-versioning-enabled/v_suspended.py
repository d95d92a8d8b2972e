"""Versioning configured but Suspended.

expect: s3-versioning-enabled @ exports
"""

import pulumi_aws as aws
from corpus_kit import hardened_bucket

b = hardened_bucket("exports", versioning=False)
aws.s3.BucketVersioning("exports-versioning", bucket=b.id, versioning_configuration={"status": "Suspended"})
