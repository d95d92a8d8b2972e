"""Under prod's config, a replicated-exempt bucket that is not protected and sets force_destroy=True.

expect: data-protected @ prod-tmp
policy-config: prod
"""

import holdout_kit as kit
import pulumi_aws as aws

bucket = aws.s3.Bucket("prod-tmp", bucket="hold-prod-tmp", force_destroy=True, tags={"ReplicationExempt": "yes"})
key = kit.cmk("prod-tmp-key")
aws.s3.BucketServerSideEncryptionConfiguration(
    "prod-tmp-sse",
    bucket=bucket.id,
    rules=[{"apply_server_side_encryption_by_default": {"sse_algorithm": "aws:kms", "kms_master_key_id": key.arn}}],
)
aws.s3.BucketVersioning("prod-tmp-ver", bucket=bucket.id, versioning_configuration={"status": "Enabled"})
aws.s3.BucketPublicAccessBlock(
    "prod-tmp-pab",
    bucket=bucket.id,
    block_public_acls=True,
    block_public_policy=True,
    ignore_public_acls=True,
    restrict_public_buckets=True,
)
aws.s3.BucketOwnershipControls("prod-tmp-own", bucket=bucket.id, rule={"object_ownership": "BucketOwnerEnforced"})
aws.s3.BucketPolicy(
    "prod-tmp-policy",
    bucket=bucket.id,
    policy=kit.json.dumps({"Version": "2012-10-17", "Statement": [kit.deny_insecure("hold-prod-tmp")]}),
)
