"""A data bucket on the deprecated BucketV2 resources with SSE-S3 (AES256) default encryption; it receives no logs.

expect: s3-encryption-kms @ reports
"""

import pulumi
import pulumi_aws as aws
from holdout2_kit import bucket_policy_json

b = aws.s3.BucketV2("reports", bucket="h2-reports", opts=pulumi.ResourceOptions(protect=True))
aws.s3.BucketServerSideEncryptionConfigurationV2(
    "reports-enc",
    bucket=b.id,
    rules=[
        aws.s3.BucketServerSideEncryptionConfigurationV2RuleArgs(
            apply_server_side_encryption_by_default=aws.s3.BucketServerSideEncryptionConfigurationV2RuleApplyServerSideEncryptionByDefaultArgs(
                sse_algorithm="AES256"
            )
        )
    ],
)
aws.s3.BucketVersioningV2("reports-ver", bucket=b.id, versioning_configuration={"status": "Enabled"})
aws.s3.BucketPublicAccessBlock(
    "reports-pab",
    bucket=b.id,
    block_public_acls=True,
    block_public_policy=True,
    ignore_public_acls=True,
    restrict_public_buckets=True,
)
aws.s3.BucketOwnershipControls("reports-own", bucket=b.id, rule={"object_ownership": "BucketOwnerEnforced"})
aws.s3.BucketPolicy("reports-pol", bucket=b.id, policy=bucket_policy_json("h2-reports"))
