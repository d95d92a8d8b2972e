"""The deprecated inline acl argument on aws.s3.Bucket set to public-read-write.

expect: s3-no-public-acl @ dropbox
"""

import pulumi
import pulumi_aws as aws

bucket = aws.s3.Bucket("dropbox", bucket="hold-dropbox", acl="public-read-write", opts=pulumi.ResourceOptions(protect=True))
