"""A BucketAcl that grants READ to another account's canonical user only (cross-account, not public).

expect: clean
"""

import holdout_kit as kit
import pulumi_aws as aws

bucket = kit.secure_bucket("partner-share", skip=("ownership",))
aws.s3.BucketOwnershipControls("partner-share-owner", bucket=bucket.id, rule={"object_ownership": "BucketOwnerPreferred"})
aws.s3.BucketAcl(
    "partner-share-acl",
    bucket=bucket.id,
    access_control_policy={
        "owner": {"id": "c0ffee0000000000000000000000000000000000000000000000000000000000"},
        "grants": [
            {
                "grantee": {
                    "type": "CanonicalUser",
                    "id": "beef000000000000000000000000000000000000000000000000000000000000",
                },
                "permission": "READ",
            }
        ],
    },
)
