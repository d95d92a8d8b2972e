"""A website bucket whose ownership is relaxed to ObjectWriter and a BucketAclV2 sets public-read.

expect: s3-no-public-acl @ site-acl
"""

import pulumi
import pulumi_aws as aws
from holdout2_kit import private_bucket

b = private_bucket("site", ownership=False)
own = aws.s3.BucketOwnershipControls("site-own", bucket=b.id, rule={"object_ownership": "ObjectWriter"})
aws.s3.BucketAclV2("site-acl", bucket=b.id, acl="public-read", opts=pulumi.ResourceOptions(depends_on=[own]))
