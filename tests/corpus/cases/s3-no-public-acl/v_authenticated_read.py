"""BucketAcl with canned authenticated-read (any AWS account).

expect: s3-no-public-acl @ partners-acl
"""

import pulumi_aws as aws
from corpus_kit import hardened_bucket

b = hardened_bucket("partners", ownership=False)
aws.s3.BucketAcl("partners-acl", bucket=b.id, acl="authenticated-read")
