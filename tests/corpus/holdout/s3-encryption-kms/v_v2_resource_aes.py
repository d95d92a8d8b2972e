"""The deprecated BucketServerSideEncryptionConfigurationV2 with AES256, linked by the bucket's name output.

expect: s3-encryption-kms @ media-assets
"""

import holdout_kit as kit
import pulumi_aws as aws

bucket = kit.secure_bucket("media-assets", skip=("sse",))
aws.s3.BucketServerSideEncryptionConfigurationV2(
    "media-assets-sse",
    bucket=bucket.bucket,
    rules=[
        aws.s3.BucketServerSideEncryptionConfigurationV2RuleArgs(
            apply_server_side_encryption_by_default=aws.s3.BucketServerSideEncryptionConfigurationV2RuleApplyServerSideEncryptionByDefaultArgs(
                sse_algorithm="AES256"
            )
        )
    ],
)
