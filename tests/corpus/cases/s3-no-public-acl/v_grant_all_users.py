"""BucketAcl with an explicit grant to the AllUsers group.

expect: s3-no-public-acl @ pics-acl
"""

import pulumi_aws as aws
from corpus_kit import hardened_bucket

b = hardened_bucket("pics", ownership=False)
aws.s3.BucketAcl(
    "pics-acl",
    bucket=b.id,
    access_control_policy={
        "owner": {"id": "0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9"},
        "grants": [
            {"grantee": {"type": "Group", "uri": "http://acs.amazonaws.com/groups/global/AllUsers"}, "permission": "READ"},
        ],
    },
)
