"""An object uploaded with acl bucket-owner-full-control (the one ACL allowed under BucketOwnerEnforced).

expect: clean
"""

import holdout_kit as kit
import pulumi_aws as aws

bucket = kit.secure_bucket("configs")
aws.s3.BucketObjectv2(
    "app-config",
    bucket=bucket.id,
    key="app.json",
    content="{}",
    acl="bucket-owner-full-control",
    content_type="application/json",
)
