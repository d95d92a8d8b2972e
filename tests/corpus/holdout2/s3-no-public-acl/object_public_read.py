"""A single object uploaded with the public-read canned ACL (BucketObjectv2).

expect: s3-no-public-acl @ logo
"""

import pulumi
import pulumi_aws as aws
from holdout2_kit import private_bucket

b = private_bucket("brand")
aws.s3.BucketObjectv2(
    "logo", bucket=b.id, key="logo.png", source=pulumi.StringAsset("png"), content_type="image/png", acl="public-read"
)
