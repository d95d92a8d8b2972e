"""An ObjectCopy publishing a release artifact with public-read.

expect: s3-no-public-acl @ release-copy
"""

import pulumi_aws as aws
from holdout2_kit import private_bucket

b = private_bucket("releases")
aws.s3.ObjectCopy("release-copy", bucket=b.bucket, key="latest/app.zip", source="h2-builds/app-1.2.3.zip", acl="public-read")
