"""Objects uploaded with private and bucket-owner-full-control canned ACLs.

expect: clean
"""

import pulumi_aws as aws
from holdout2_kit import private_bucket

b = private_bucket("configs")
for key, acl in [("app.json", "private"), ("vendor.json", "bucket-owner-full-control")]:
    aws.s3.BucketObjectv2(key, bucket=b.id, key=key, content="{}", acl=acl)
