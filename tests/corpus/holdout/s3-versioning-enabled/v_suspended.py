"""Versioning explicitly suspended through the split BucketVersioning resource.

expect: s3-versioning-enabled @ tmp-artifacts
"""

import holdout_kit as kit
import pulumi_aws as aws

bucket = kit.secure_bucket("tmp-artifacts", skip=("versioning",))
aws.s3.BucketVersioning(
    "tmp-artifacts-ver",
    bucket=bucket.id,
    versioning_configuration=aws.s3.BucketVersioningVersioningConfigurationArgs(status="Suspended"),
)
