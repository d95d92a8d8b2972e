"""Inline versioning on the v7 Bucket explicitly disabled.

expect: s3-versioning-enabled @ tmp
"""

import pulumi_aws as aws
from corpus_kit import harden

b = aws.s3.Bucket("tmp", bucket="corpus-tmp", versioning=aws.s3.BucketVersioningArgs(enabled=False))
harden("tmp", b, "corpus-tmp", versioning=False)
