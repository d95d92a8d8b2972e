"""A bucket created with the inline canned ACL authenticated-read (any AWS account can list it).

expect: s3-no-public-acl @ shared-drop
"""

import pulumi
import pulumi_aws as aws
from holdout2_kit import bucket_policy_json, harden_no_policy

b = aws.s3.Bucket(
    "shared-drop", bucket="h2-shared-drop", acl="authenticated-read", opts=pulumi.ResourceOptions(protect=True)
)
harden_no_policy("shared-drop", b, ownership=False)
aws.s3.BucketPolicy("shared-drop-pol", bucket=b.id, policy=bucket_policy_json("h2-shared-drop"))
