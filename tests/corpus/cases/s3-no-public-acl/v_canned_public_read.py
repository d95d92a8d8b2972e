"""Inline canned ACL public-read on the v7 Bucket (ownership left out: ACLs need ObjectWriter).

expect: s3-no-public-acl @ website
"""

import pulumi_aws as aws
from corpus_kit import harden

b = aws.s3.Bucket("website", bucket="corpus-website", acl="public-read")
harden("website", b, "corpus-website", ownership=False)
