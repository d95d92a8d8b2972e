"""Inline canned ACL 'private' on the v7 Bucket.

expect: clean
"""

import pulumi_aws as aws
from corpus_kit import harden

b = aws.s3.Bucket("private-inline", bucket="corpus-private-inline", acl="private")
harden("private-inline", b, "corpus-private-inline")
