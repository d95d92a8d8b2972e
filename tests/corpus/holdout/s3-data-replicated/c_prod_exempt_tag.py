"""Under prod's config, a scratch bucket tagged ReplicationExempt (holds no data worth replicating).

expect: clean
policy-config: prod
"""

import holdout_kit as kit
import pulumi
import pulumi_aws as aws

bucket = aws.s3.Bucket(
    "build-cache", bucket="hold-build-cache", tags={"ReplicationExempt": "true"}, opts=pulumi.ResourceOptions(protect=True)
)
key = kit.cmk("build-cache-key")
aws.s3.BucketServerSideEncryptionConfiguration(
    "build-cache-sse",
    bucket=bucket.id,
    rules=[{"apply_server_side_encryption_by_default": {"sse_algorithm": "aws:kms", "kms_master_key_id": key.arn}}],
)
aws.s3.BucketVersioning("build-cache-ver", bucket=bucket.id, versioning_configuration={"status": "Enabled"})
aws.s3.BucketPublicAccessBlock(
    "build-cache-pab",
    bucket=bucket.id,
    block_public_acls=True,
    block_public_policy=True,
    ignore_public_acls=True,
    restrict_public_buckets=True,
)
aws.s3.BucketOwnershipControls("build-cache-owner", bucket=bucket.id, rule={"object_ownership": "BucketOwnerEnforced"})
aws.s3.BucketPolicy(
    "build-cache-policy",
    bucket=bucket.id,
    policy=kit.json.dumps({"Version": "2012-10-17", "Statement": [kit.deny_insecure("hold-build-cache")]}),
)
