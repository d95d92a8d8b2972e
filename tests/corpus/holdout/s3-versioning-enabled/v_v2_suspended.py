"""The deprecated BucketVersioningV2 resource with status Suspended.

expect: s3-versioning-enabled @ legacy-exports
"""

import holdout_kit as kit
import pulumi_aws as aws

bucket = kit.secure_bucket("legacy-exports", skip=("versioning",))
aws.s3.BucketVersioningV2("legacy-exports-ver", bucket=bucket.bucket, versioning_configuration={"status": "Suspended"})
