"""Inline versioning enabled on the v7 Bucket.

expect: clean
"""

import pulumi_aws as aws
from corpus_kit import harden

b = aws.s3.Bucket("docs", bucket="corpus-docs", versioning={"enabled": True})
harden("docs", b, "corpus-docs", versioning=False)
