"""A prod bucket with force_destroy=True and no protect option, tagged ReplicationExempt.

expect: data-protected @ exports-prod
policy-config: prod
"""

import pulumi_aws as aws
from holdout2_kit import bucket_policy_json, cmk

key = cmk("exports-prod-key")
b = aws.s3.Bucket("exports-prod", bucket="h2-exports-prod", tags={"ReplicationExempt": "true"}, force_destroy=True)
aws.s3.BucketServerSideEncryptionConfiguration(
    "exports-prod-enc",
    bucket=b.id,
    rules=[{"apply_server_side_encryption_by_default": {"sse_algorithm": "aws:kms", "kms_master_key_id": key.arn}}],
)
aws.s3.BucketVersioning("exports-prod-ver", bucket=b.id, versioning_configuration={"status": "Enabled"})
aws.s3.BucketPublicAccessBlock(
    "exports-prod-pab",
    bucket=b.id,
    block_public_acls=True,
    block_public_policy=True,
    ignore_public_acls=True,
    restrict_public_buckets=True,
)
aws.s3.BucketOwnershipControls("exports-prod-own", bucket=b.id, rule={"object_ownership": "BucketOwnerEnforced"})
aws.s3.BucketPolicy("exports-prod-pol", bucket=b.id, policy=bucket_policy_json("h2-exports-prod"))
