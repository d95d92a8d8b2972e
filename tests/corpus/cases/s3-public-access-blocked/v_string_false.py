"""Flags computed from config-like strings: one ends up False.

expect: s3-public-access-blocked @ feeds
"""

import pulumi_aws as aws
from corpus_kit import hardened_bucket

flags = {
    "block_public_acls": "yes",
    "block_public_policy": "no",
    "ignore_public_acls": "yes",
    "restrict_public_buckets": "yes",
}
b = hardened_bucket("feeds", public_access_block=False)
aws.s3.BucketPublicAccessBlock("feeds-pab", bucket=b.id, **{k: v == "yes" for k, v in flags.items()})
