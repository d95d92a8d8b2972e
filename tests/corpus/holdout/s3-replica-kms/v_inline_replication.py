"""Deprecated inline replication_configuration on aws.s3.Bucket without KMS re-encryption or SSE-KMS selection.

expect: s3-replica-kms @ inline-src
"""

import json

import holdout_kit as kit
import pulumi
import pulumi_aws as aws

dr = aws.Provider(
    "dr",
    region="eu-central-1",
    default_tags={"tags": {"Owner": "platform-team", "Environment": "test", "Project": "corpus", "CostCenter": "cc-1234"}},
)
replica = kit.secure_bucket("inline-dst", opts=pulumi.ResourceOptions(provider=dr))
role = aws.iam.Role(
    "inline-crr-role",
    assume_role_policy=json.dumps(
        {
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Principal": {"Service": "s3.amazonaws.com"}, "Action": "sts:AssumeRole"}],
        }
    ),
)
key = kit.cmk("inline-src-key")
src = aws.s3.Bucket(
    "inline-src",
    bucket="hold-inline-src",
    opts=pulumi.ResourceOptions(protect=True),
    replication_configuration={
        "role": role.arn,
        "rules": [{"id": "all", "status": "Enabled", "destination": {"bucket": replica.arn}}],
    },
)
aws.s3.BucketServerSideEncryptionConfiguration(
    "inline-src-sse",
    bucket=src.id,
    rules=[{"apply_server_side_encryption_by_default": {"sse_algorithm": "aws:kms", "kms_master_key_id": key.arn}}],
)
aws.s3.BucketVersioning("inline-src-ver", bucket=src.id, versioning_configuration={"status": "Enabled"})
aws.s3.BucketPublicAccessBlock(
    "inline-src-pab",
    bucket=src.id,
    block_public_acls=True,
    block_public_policy=True,
    ignore_public_acls=True,
    restrict_public_buckets=True,
)
aws.s3.BucketOwnershipControls("inline-src-own", bucket=src.id, rule={"object_ownership": "BucketOwnerEnforced"})
aws.s3.BucketPolicy(
    "inline-src-policy",
    bucket=src.id,
    policy=json.dumps({"Version": "2012-10-17", "Statement": [kit.deny_insecure("hold-inline-src")]}),
)
