"""A grant to one canonical user (another account) and the private canned ACL.

expect: clean
"""

import pulumi_aws as aws
from corpus_kit import hardened_bucket

b = hardened_bucket("handoff", ownership=False)
aws.s3.BucketAcl(
    "handoff-acl",
    bucket=b.id,
    access_control_policy={
        "owner": {"id": "0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9"},
        "grants": [
            {
                "grantee": {
                    "type": "CanonicalUser",
                    "id": "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be",
                },
                "permission": "READ",
            }
        ],
    },
)
p = hardened_bucket("private-acl", ownership=False)
aws.s3.BucketAcl("private-acl-acl", bucket=p.id, acl="private")
