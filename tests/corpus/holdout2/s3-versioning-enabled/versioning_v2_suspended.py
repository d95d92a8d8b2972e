"""Versioning suspended through the deprecated BucketVersioningV2 after a cost review.

expect: s3-versioning-enabled @ clickstream
"""

import pulumi_aws as aws
from holdout2_kit import private_bucket

b = private_bucket("clickstream", versioning=False)
aws.s3.BucketVersioningV2("clickstream-ver", bucket=b.id, versioning_configuration={"status": "Suspended"})
