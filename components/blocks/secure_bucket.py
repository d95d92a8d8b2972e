"""A hardened S3 bucket whose encryption is always chosen explicitly."""

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
    """Inputs of a hardened bucket. Encryption is explicit: exactly one of ``kms_key_arn`` (SSE-KMS) and
    ``log_delivery=True`` (SSE-S3), else ``ValueError`` at construction."""

    noncurrent_version_days: int
    """Noncurrent object versions expire after this many days."""
    kms_key_arn: pulumi.Input[str] | None = None
    """SSE-KMS with this key and an S3 Bucket Key: the choice for data."""
    log_delivery: bool = False
    """SSE-S3 (AES256) instead of a key: AWS delivers load-balancer and S3 access logs only to such buckets."""
    region: str | None = None
    """Region of the bucket and its settings; None uses the provider's region."""
    current_version_days: int | None = None
    """Expire current objects after this many days (log buckets); None keeps them."""
    extra_statements: Callable[[pulumi.Output[str]], list[docs.Statement]] | None = None
    """Statements added to the TLS-only bucket policy, built from the bucket ARN."""
    protect: bool = False
    """protect and retainOnDelete on the bucket."""
    tags: dict[str, str] | None = None
    """Tags of the bucket (besides the provider's default tags), e.g. ReplicationExempt=<reason>."""

    def __post_init__(self) -> None:
        if (self.kms_key_arn is None) == (not self.log_delivery):
            raise ValueError(
                "SecureBucketArgs: give exactly one of kms_key_arn (SSE-KMS) and log_delivery=True "
                "(SSE-S3, for access-log buckets)"
            )


class SecureBucket(pulumi.ComponentResource):
    """A bucket with versioning, explicit default encryption, all four public-access blocks, owner-enforced
    ownership, a TLS-only bucket policy and a lifecycle for old versions and aborted uploads."""

    bucket: aws.s3.Bucket
    versioning: aws.s3.BucketVersioning
    policy: aws.s3.BucketPolicy
    name: pulumi.Output[str]
    arn: pulumi.Output[str]

    def __init__(self, name: str, args: SecureBucketArgs, opts: pulumi.ResourceOptions | None = None) -> None:
        # The token keeps its original module so existing stacks' URNs do not change.
        super().__init__("starter:storage:SecureBucket", name, None, opts)
        self._name = name
        self._region: dict[str, Any] = {"region": args.region} if args.region else {}
        self.bucket = aws.s3.Bucket(
            name,
            force_destroy=False,
            tags=args.tags,
            **self._region,
            opts=pulumi.ResourceOptions(parent=self, protect=args.protect, retain_on_delete=args.protect),
        )
        self.name, self.arn = self.bucket.bucket, self.bucket.arn
        access_controls = self._access_controls(name)
        self.versioning = self._versioning(name)
        self._encryption(name, args)
        self.policy = self._policy(name, args, depends_on=access_controls)
        self._lifecycle(name, args)
        self.register_outputs({"name": self.name, "arn": self.arn})

    def log_access_to(self, target: SecureBucket, prefix: str) -> aws.s3.BucketLogging:
        """S3 server access logging of this bucket into ``target`` (an SSE-S3 bucket in the same region)."""
        return aws.s3.BucketLogging(
            f"{self._name}-access-logging",
            bucket=self.bucket.id,
            target_bucket=target.bucket.id,
            target_prefix=prefix,
            **self._region,
            # S3 checks that log delivery may write to the target when logging is switched on.
            opts=self._child(depends_on=[target.policy]),
        )

    def _child(self, **options: Any) -> pulumi.ResourceOptions:
        return pulumi.ResourceOptions(parent=self, **options)

    def _access_controls(self, name: str) -> list[pulumi.Resource]:
        """Owner-enforced object ownership (no ACLs) and all four public-access blocks."""
        ownership = aws.s3.BucketOwnershipControls(
            f"{name}-ownership",
            bucket=self.bucket.id,
            rule={"object_ownership": "BucketOwnerEnforced"},
            **self._region,
            opts=self._child(),
        )
        flags: dict[str, Any] = dict.fromkeys(PUBLIC_ACCESS_BLOCK_FLAGS, True)  # keyword names from the shared fact
        public_access = aws.s3.BucketPublicAccessBlock(
            f"{name}-public-access",
            bucket=self.bucket.id,
            **flags,
            **self._region,
            opts=self._child(),
        )
        return [public_access, ownership]

    def _versioning(self, name: str) -> aws.s3.BucketVersioning:
        return aws.s3.BucketVersioning(
            f"{name}-versioning",
            bucket=self.bucket.id,
            versioning_configuration={"status": "Enabled"},
            **self._region,
            opts=self._child(),
        )

    def _encryption(self, name: str, args: SecureBucketArgs) -> None:
        """SSE-KMS with a Bucket Key when a key is given; SSE-S3 only for a log-delivery bucket."""
        if args.log_delivery:
            default: aws.s3.BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultArgsDict = {
                "sse_algorithm": "AES256"
            }
        else:
            default = {"sse_algorithm": "aws:kms", "kms_master_key_id": args.kms_key_arn}
        aws.s3.BucketServerSideEncryptionConfiguration(
            f"{name}-encryption",
            bucket=self.bucket.id,
            rules=[{"apply_server_side_encryption_by_default": default, "bucket_key_enabled": not args.log_delivery}],
            **self._region,
            opts=self._child(),
        )

    def _policy(self, name: str, args: SecureBucketArgs, depends_on: list[pulumi.Resource]) -> aws.s3.BucketPolicy:
        """Deny plain HTTP, plus the caller's statements (such as log delivery)."""
        statements = docs.deny_insecure_transport(self.arn)
        if args.extra_statements is not None:
            statements += args.extra_statements(self.arn)
        return aws.s3.BucketPolicy(
            f"{name}-policy",
            bucket=self.bucket.id,
            policy=pulumi.Output.json_dumps(docs.bucket_policy(statements)),
            **self._region,
            # S3 rejects policy changes while the public-access block is being written.
            opts=self._child(depends_on=depends_on),
        )

    def _lifecycle(self, name: str, args: SecureBucketArgs) -> None:
        """Expire noncurrent versions and abort stale multipart uploads; expire current objects if asked."""
        rules: list[aws.s3.BucketLifecycleConfigurationRuleArgsDict] = [
            {
                "id": "expire-noncurrent-versions",
                "status": "Enabled",
                "filter": {},
                "noncurrent_version_expiration": {"noncurrent_days": args.noncurrent_version_days},
                "abort_incomplete_multipart_upload": {"days_after_initiation": 7},
            }
        ]
        if args.current_version_days is not None:
            rules.append(
                {
                    "id": "expire-current-objects",
                    "status": "Enabled",
                    "filter": {},
                    "expiration": {"days": args.current_version_days},
                }
            )
        aws.s3.BucketLifecycleConfiguration(
            f"{name}-lifecycle",
            bucket=self.bucket.id,
            rules=rules,
            **self._region,
            # Lifecycle rules on noncurrent versions only make sense once versioning exists.
            opts=self._child(depends_on=[self.versioning]),
        )
