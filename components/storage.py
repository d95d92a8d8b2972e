"""The KMS-encrypted, cross-region replicated data store, with the IAM role that replicates it."""

from __future__ import annotations

from dataclasses import dataclass

import pulumi
import pulumi_aws as aws
from starter_shared.facts import urn

from components import policy_documents as docs
from components.blocks.kms_key import KeyArgs, key_alias, secure_key
from components.blocks.secure_bucket import SecureBucket, SecureBucketArgs

# The replication role and its policy lived under the "roles" SecurityRoles component before they moved here
# (the role belongs to the buckets it serves). They keep their logical names (not the role's physical name,
# which ReplicatedStorageArgs.replication_role_name pins), and an alias to that old parent keeps their URNs.
REPLICATION_LOGICAL_NAME = "roles-replication"
_PREVIOUS_PARENT = ("starter:security:SecurityRoles", "roles")


@dataclass(frozen=True)
class ReplicatedStorageArgs:
    """Inputs of the replicated data store."""

    account_id: pulumi.Input[str]
    """The deploying account: S3 may assume the replication role only on its behalf."""
    primary_region: str
    replica_region: str
    noncurrent_version_days: int
    replication_role_name: str
    """The replication role's physical name, pinned (``StackConfig.iam_names``): the bootstrap's deploy roles may
    write IAM policies only on exact ARNs."""
    protect: bool = False
    """protect and retainOnDelete on buckets and keys."""
    access_log_days: int | None = None
    """S3 server access logging of both data buckets into an SSE-S3 log bucket in each one's region, kept this
    many days; None: no access logging."""


def replication_rule(
    destination_arn: pulumi.Input[str], replica_key_arn: pulumi.Input[str]
) -> aws.s3.BucketReplicationConfigRuleArgsDict:
    """Replicate everything, delete markers included, and re-encrypt replicas with the replica region's key."""
    return {
        "id": "replicate-all-to-replica-region",
        "status": "Enabled",
        "priority": 1,
        "filter": {"prefix": ""},
        "delete_marker_replication": {"status": "Enabled"},
        "source_selection_criteria": {"sse_kms_encrypted_objects": {"status": "Enabled"}},
        "destination": {
            "bucket": destination_arn,
            "storage_class": "STANDARD",
            "encryption_configuration": {"replica_kms_key_id": replica_key_arn},
        },
    }


class ReplicatedStorage(pulumi.ComponentResource):
    """A KMS key with rotation in each region, a hardened primary bucket and a hardened replica bucket in the
    replica region, the role S3 assumes to replicate, and a rule that re-encrypts replicas with the replica key."""

    primary_key: aws.kms.Key
    replica_key: aws.kms.Key
    primary: SecureBucket
    replica: SecureBucket
    replication_role: aws.iam.Role
    replication: aws.s3.BucketReplicationConfig
    access_log_buckets: list[SecureBucket]

    def __init__(self, name: str, args: ReplicatedStorageArgs, opts: pulumi.ResourceOptions | None = None) -> None:
        super().__init__("starter:storage:ReplicatedStorage", name, None, opts)
        self.primary_key = self._key(f"{name}-primary-key", "Encrypts the primary data bucket", None, args)
        self.replica_key = self._key(f"{name}-replica-key", "Encrypts the replica data bucket", args.replica_region, args)
        self.primary = self._bucket(f"{name}-primary", self.primary_key, None, args)
        self.replica = self._bucket(f"{name}-replica", self.replica_key, args.replica_region, args)
        self.access_log_buckets = []
        if args.access_log_days is not None:
            self.access_log_buckets = [
                self._access_logs(f"{name}-primary", self.primary, None, args),
                self._access_logs(f"{name}-replica", self.replica, args.replica_region, args),
            ]
        role_arn = self._replication_role(args)
        self.replication = aws.s3.BucketReplicationConfig(
            f"{name}-replication",
            bucket=self.primary.bucket.id,
            role=role_arn,
            rules=[replication_rule(self.replica.arn, self.replica_key.arn)],
            # S3 refuses a replication configuration until both buckets are versioned.
            opts=pulumi.ResourceOptions(parent=self, depends_on=[self.primary.versioning, self.replica.versioning]),
        )
        self.register_outputs(
            {
                "primaryBucketName": self.primary.name,
                "replicaBucketName": self.replica.name,
                "primaryKmsKeyArn": self.primary_key.arn,
                "replicaKmsKeyArn": self.replica_key.arn,
                "replicationRoleName": self.replication_role.name,
            }
        )

    def _key(self, name: str, description: str, region: str | None, args: ReplicatedStorageArgs) -> aws.kms.Key:
        """Administered by the account; used only through S3 in its region (the roles' IAM policies say which
        principals: the instance role, the replication role, the audit canary)."""
        home = region or args.primary_region
        return secure_key(
            name,
            KeyArgs(
                description=description,
                account_id=args.account_id,
                region=home,
                use=lambda partition: [docs.key_use_through_service(partition, args.account_id, f"s3.{home}.amazonaws.com")],
                alias=key_alias(name),
                regional=region is not None,
                protect=args.protect,
            ),
            parent=self,
        ).key

    def _bucket(self, name: str, key: aws.kms.Key, region: str | None, args: ReplicatedStorageArgs) -> SecureBucket:
        return SecureBucket(
            name,
            SecureBucketArgs(
                noncurrent_version_days=args.noncurrent_version_days,
                kms_key_arn=key.arn,
                region=region,
                protect=args.protect,
            ),
            opts=pulumi.ResourceOptions(parent=self),
        )

    def _access_logs(self, name: str, source: SecureBucket, region: str | None, args: ReplicatedStorageArgs) -> SecureBucket:
        """An SSE-S3 bucket in the source's region (S3 delivers access logs only within a region and only to
        SSE-S3) that only S3 log delivery for ``source`` may write to, and the source's logging into it."""
        assert args.access_log_days is not None
        logs = SecureBucket(
            f"{name}-access-logs",
            SecureBucketArgs(
                noncurrent_version_days=args.noncurrent_version_days,
                log_delivery=True,
                current_version_days=args.access_log_days,
                region=region,
                extra_statements=lambda arn: docs.s3_access_log_delivery(arn, args.account_id, [source.arn]),
                protect=args.protect,
            ),
            opts=pulumi.ResourceOptions(parent=self),
        )
        source.log_access_to(logs, f"{name}/")
        return logs

    def _replication_role(self, args: ReplicatedStorageArgs) -> pulumi.Output[str]:
        """The role S3 assumes (for this account only) and its least-privilege policy. Returns the role's ARN
        carrying a dependency on the policy, so replication is configured only once the role may replicate."""
        moved = pulumi.ResourceOptions(
            parent=self, aliases=[pulumi.Alias(parent=urn(pulumi.get_stack(), pulumi.get_project(), *_PREVIOUS_PARENT))]
        )
        self.replication_role = aws.iam.Role(
            REPLICATION_LOGICAL_NAME,
            name=args.replication_role_name,
            description="S3 cross-region replication of the data bucket",
            assume_role_policy=pulumi.Output.json_dumps(
                docs.service_trust_policy("s3.amazonaws.com", source_account=args.account_id)
            ),
            # A named role cannot be created next to its old self: a replacement deletes first.
            opts=pulumi.ResourceOptions.merge(moved, pulumi.ResourceOptions(delete_before_replace=True)),
        )
        policy = aws.iam.RolePolicy(
            REPLICATION_LOGICAL_NAME,
            role=self.replication_role.id,
            policy=pulumi.Output.json_dumps(
                docs.replication_policy(
                    self.primary.arn,
                    self.primary_key.arn,
                    args.primary_region,
                    self.replica.arn,
                    self.replica_key.arn,
                    args.replica_region,
                )
            ),
            opts=moved,
        )
        return pulumi.Output.all(self.replication_role.arn, policy.id).apply(lambda values: values[0])
