"""A single object uploaded with acl public-read through BucketObjectv2.

expect: s3-no-public-acl @ logo
"""

import holdout_kit as kit
import pulumi_aws as aws

bucket = kit.secure_bucket("brand")
aws.s3.BucketObjectv2(
    "logo", bucket=bucket.id, key="logo.svg", acl="public-read", content="<svg/>", content_type="image/svg+xml"
)
