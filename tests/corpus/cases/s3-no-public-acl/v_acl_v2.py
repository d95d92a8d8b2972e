"""Deprecated BucketAclV2 with public-read-write.

expect: s3-no-public-acl @ upload-acl
"""

import pulumi_aws as aws
from corpus_kit import hardened_bucket

b = hardened_bucket("upload", ownership=False)
aws.s3.BucketAclV2("upload-acl", bucket=b.id, acl="public-read-write")
