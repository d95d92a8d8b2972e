"""A BucketAcl with an access_control_policy granting READ to the AuthenticatedUsers group (any AWS account).

expect: s3-no-public-acl @ partner-drop-acl
"""

import pulumi_aws as aws
from holdout2_kit import private_bucket

b = private_bucket("partner-drop", ownership=False)
aws.s3.BucketAcl(
    "partner-drop-acl",
    bucket=b.id,
    access_control_policy={
        "owner": {"id": "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"},
        "grants": [
            {
                "grantee": {
                    "type": "CanonicalUser",
                    "id": "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be",
                },
                "permission": "FULL_CONTROL",
            },
            {
                "grantee": {"type": "Group", "uri": "http://acs.amazonaws.com/groups/global/AuthenticatedUsers"},
                "permission": "READ",
            },
        ],
    },
)
