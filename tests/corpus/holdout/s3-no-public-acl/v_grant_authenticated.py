"""BucketAclV2 with an explicit grant of READ to the AuthenticatedUsers group (any AWS account).

expect: s3-no-public-acl @ datasets-acl
"""

import holdout_kit as kit
import pulumi_aws as aws

bucket = kit.secure_bucket("datasets", skip=("ownership",))
aws.s3.BucketOwnershipControls("datasets-owner", bucket=bucket.id, rule={"object_ownership": "BucketOwnerPreferred"})
aws.s3.BucketAclV2(
    "datasets-acl",
    bucket=bucket.id,
    access_control_policy={
        "owner": {"id": "c0ffee0000000000000000000000000000000000000000000000000000000000"},
        "grants": [
            {
                "grantee": {
                    "type": "CanonicalUser",
                    "id": "c0ffee0000000000000000000000000000000000000000000000000000000000",
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
