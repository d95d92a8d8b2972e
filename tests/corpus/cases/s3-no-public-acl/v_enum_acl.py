"""The canned ACL through the SDK enum.

expect: s3-no-public-acl @ downloads
"""

import pulumi_aws as aws
from corpus_kit import harden

b = aws.s3.Bucket("downloads", bucket="corpus-downloads", acl=aws.s3.CannedAcl.PUBLIC_READ_WRITE)
harden("downloads", b, "corpus-downloads", ownership=False)
