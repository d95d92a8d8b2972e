"""Hardened S3 buckets and the KMS-encrypted, cross-region replicated data store."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pulumi
import pulumi_aws as aws
from starter_shared.facts import PUBLIC_ACCESS_BLOCK_FLAGS

from components import policy_documents as docs


@dataclass(frozen=True)
class SecureBucketArgs:
    """Inputs of a hardened bucket."""

    noncurrent_version_days: int
    """Noncurrent object versions expire after this many days."""
    kms_key_arn: pulumi.Input[str] | None = None
    """SSE-KMS key (with an S3 Bucket Key); None means SSE-S3 (AES256), required for load-balancer logs."""
    region: str | None = None
    """Region of the bucket and its settings; None uses the provider's region."""
    current_version_days: int | None = None
    """Expire current objects after this many days (log buckets); None keeps them."""
    extra_statements: Callable[[pulumi.Output[str]], list[docs.Statement]] | None = None
    """Statements added to the TLS-only bucket policy, built from the bucket ARN."""
    protect: bool = False
    """protect and retainOnDelete on the bucket."""


class SecureBucket(pulumi.ComponentResource):
    """A bucket with versioning, default encryption, all four public-access blocks, owner-enforced ownership,
    a TLS-only bucket policy and a lifecycle for old versions and aborted uploads."""

    bucket: aws.s3.Bucket
    versioning: aws.s3.BucketVersioning
    policy: aws.s3.BucketPolicy
    name: pulumi.Output[str]
    arn: pulumi.Output[str]

    def __init__(self, name: str, args: SecureBucketArgs, opts: pulumi.ResourceOptions | None = None) -> None:
        super().__init__("starter:storage:SecureBucket", name, None, opts)
        child = pulumi.ResourceOptions(parent=self)
        region = {"region": args.region} if args.region else {}

        self.bucket = aws.s3.Bucket(
            name,
            force_destroy=False,
            **region,
            opts=pulumi.ResourceOptions(parent=self, protect=args.protect, retain_on_delete=args.protect),
        )
        self.name, self.arn = self.bucket.bucket, self.bucket.arn
        bucket_id = self.bucket.id

        ownership = aws.s3.BucketOwnershipControls(
            f"{name}-ownership",
            bucket=bucket_id,
            rule={"object_ownership": "BucketOwnerEnforced"},
            **region,
            opts=child,
        )
        public_access = aws.s3.BucketPublicAccessBlock(
            f"{name}-public-access",
            bucket=bucket_id,
            **dict.fromkeys(PUBLIC_ACCESS_BLOCK_FLAGS, True),
            **region,
            opts=child,
        )
        self.versioning = aws.s3.BucketVersioning(
            f"{name}-versioning",
            bucket=bucket_id,
            versioning_configuration={"status": "Enabled"},
            **region,
            opts=child,
        )
        if args.kms_key_arn is not None:
            default_encryption = {"sse_algorithm": "aws:kms", "kms_master_key_id": args.kms_key_arn}
        else:
            default_encryption = {"sse_algorithm": "AES256"}
        aws.s3.BucketServerSideEncryptionConfiguration(
            f"{name}-encryption",
            bucket=bucket_id,
            rules=[{
                "apply_server_side_encryption_by_default": default_encryption,
                "bucket_key_enabled": args.kms_key_arn is not None,
            }],
            **region,
            opts=child,
        )
        statements = docs.deny_insecure_transport(self.arn)
        if args.extra_statements is not None:
            statements += args.extra_statements(self.arn)
        self.policy = aws.s3.BucketPolicy(
            f"{name}-policy",
            bucket=bucket_id,
            policy=pulumi.Output.json_dumps(docs.bucket_policy(statements)),
            **region,
            # S3 rejects policy changes while the public-access block is being written.
            opts=pulumi.ResourceOptions(parent=self, depends_on=[public_access, ownership]),
        )
        rules: list[dict] = [{
            "id": "expire-noncurrent-versions",
            "status": "Enabled",
            "filter": {},
            "noncurrent_version_expiration": {"noncurrent_days": args.noncurrent_version_days},
            "abort_incomplete_multipart_upload": {"days_after_initiation": 7},
        }]
        if args.current_version_days is not None:
            rules.append({
                "id": "expire-current-objects",
                "status": "Enabled",
                "filter": {},
                "expiration": {"days": args.current_version_days},
            })
        aws.s3.BucketLifecycleConfiguration(
            f"{name}-lifecycle",
            bucket=bucket_id,
            rules=rules,
            **region,
            # Lifecycle rules on noncurrent versions only make sense once versioning exists.
            opts=pulumi.ResourceOptions(parent=self, depends_on=[self.versioning]),
        )
        self.register_outputs({"name": self.name, "arn": self.arn})


@dataclass(frozen=True)
class ReplicatedStorageArgs:
    """Inputs of the replicated data store."""

    primary_region: str
    replica_region: str
    noncurrent_version_days: int
    replication_role_arn: pulumi.Input[str]
    """Role S3 assumes to replicate (from SecurityRoles)."""
    protect: bool = False
    """protect and retainOnDelete on buckets and keys."""
    emulator: bool = False
    """Declare only the replication settings moto round-trips: its GetBucketReplication drops the filter, the
    delete-marker status and the SSE-KMS source criteria, which the provider would then see as drift."""


def _replication_rule(destination_arn: pulumi.Input[str], replica_key_arn: pulumi.Input[str],
                      emulator: bool) -> dict[str, Any]:
    """Replicate everything, delete markers included, and re-encrypt replicas with the replica region's key."""
    rule: dict[str, Any] = {
        "id": "replicate-all-to-replica-region",
        "status": "Enabled",
        "priority": 1,
        "destination": {
            "bucket": destination_arn,
            "storage_class": "STANDARD",
            "encryption_configuration": {"replica_kms_key_id": replica_key_arn},
        },
    }
    if not emulator:
        rule |= {
            "filter": {"prefix": ""},
            "delete_marker_replication": {"status": "Enabled"},
            "source_selection_criteria": {"sse_kms_encrypted_objects": {"status": "Enabled"}},
        }
    return rule


class ReplicatedStorage(pulumi.ComponentResource):
    """A KMS key with rotation in each region, a hardened primary bucket and a hardened replica bucket in the
    replica region, and a replication rule that re-encrypts replicas with the replica key."""

    primary_key: aws.kms.Key
    replica_key: aws.kms.Key
    primary: SecureBucket
    replica: SecureBucket
    replication: aws.s3.BucketReplicationConfig

    def __init__(self, name: str, args: ReplicatedStorageArgs, opts: pulumi.ResourceOptions | None = None) -> None:
        super().__init__("starter:storage:ReplicatedStorage", name, None, opts)
        keep = pulumi.ResourceOptions(parent=self, protect=args.protect, retain_on_delete=args.protect)

        self.primary_key = aws.kms.Key(
            f"{name}-primary-key",
            description="Encrypts the primary data bucket",
            enable_key_rotation=True,
            deletion_window_in_days=30,
            opts=keep,
        )
        self.replica_key = aws.kms.Key(
            f"{name}-replica-key",
            description="Encrypts the replica data bucket",
            enable_key_rotation=True,
            deletion_window_in_days=30,
            region=args.replica_region,
            opts=keep,
        )
        self.primary = SecureBucket(
            f"{name}-primary",
            SecureBucketArgs(
                noncurrent_version_days=args.noncurrent_version_days,
                kms_key_arn=self.primary_key.arn,
                protect=args.protect,
            ),
            opts=pulumi.ResourceOptions(parent=self),
        )
        self.replica = SecureBucket(
            f"{name}-replica",
            SecureBucketArgs(
                noncurrent_version_days=args.noncurrent_version_days,
                kms_key_arn=self.replica_key.arn,
                region=args.replica_region,
                protect=args.protect,
            ),
            opts=pulumi.ResourceOptions(parent=self),
        )
        self.replication = aws.s3.BucketReplicationConfig(
            f"{name}-replication",
            bucket=self.primary.bucket.id,
            role=args.replication_role_arn,
            rules=[_replication_rule(self.replica.arn, self.replica_key.arn, args.emulator)],
            # S3 refuses a replication configuration until both buckets are versioned.
            opts=pulumi.ResourceOptions(parent=self, depends_on=[self.primary.versioning, self.replica.versioning]),
        )
        self.register_outputs({
            "primaryBucketName": self.primary.name,
            "replicaBucketName": self.replica.name,
            "primaryKmsKeyArn": self.primary_key.arn,
            "replicaKmsKeyArn": self.replica_key.arn,
        })
