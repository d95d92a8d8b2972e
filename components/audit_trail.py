"""The account's audit trail: a multi-region CloudTrail trail with log-file validation, encrypted with its own
KMS key, delivering to a hardened, lifecycle-managed bucket that only this trail may write to."""

from __future__ import annotations

from dataclasses import dataclass

import pulumi
import pulumi_aws as aws
from starter_shared.facts import partition_of

from components import policy_documents as docs
from components.blocks.kms_key import KeyArgs, key_alias, secure_key
from components.blocks.secure_bucket import SecureBucket, SecureBucketArgs

# The s3-data-replicated rule's exemption: a trail bucket holds logs (kept by retention), not data to replicate.
REPLICATION_EXEMPT = {"ReplicationExempt": "CloudTrail log files; kept by retention, not replicated"}


@dataclass(frozen=True)
class AuditTrailArgs:
    """Where the trail lives and how long its log files are kept."""

    trail_name: str
    """Pinned: the bucket and key policies name the trail's ARN before the trail exists."""
    account_id: pulumi.Input[str]
    region: str
    retention_days: int
    noncurrent_version_days: int
    protect: bool = False


class AuditTrail(pulumi.ComponentResource):
    """KMS key (CloudTrail encrypts for this trail only; the account's principals decrypt), SecureBucket with
    the CloudTrail delivery statements scoped by aws:SourceArn and aws:SourceAccount, and the trail."""

    key: aws.kms.Key
    bucket: SecureBucket
    trail: aws.cloudtrail.Trail

    def __init__(self, name: str, args: AuditTrailArgs, opts: pulumi.ResourceOptions | None = None) -> None:
        super().__init__("starter:audit:AuditTrail", name, None, opts)
        partition = partition_of(args.region)
        trail_arn = pulumi.Output.concat(
            "arn:", partition, ":cloudtrail:", args.region, ":", args.account_id, ":trail/", args.trail_name
        )
        self.key = self._key(name, args, trail_arn)
        self.bucket = SecureBucket(
            f"{name}-logs",
            SecureBucketArgs(
                noncurrent_version_days=args.noncurrent_version_days,
                kms_key_arn=self.key.arn,
                current_version_days=args.retention_days,
                extra_statements=lambda arn: docs.cloudtrail_delivery(arn, args.account_id, trail_arn),
                tags=dict(REPLICATION_EXEMPT),
                protect=args.protect,
            ),
            opts=pulumi.ResourceOptions(parent=self),
        )
        self.trail = aws.cloudtrail.Trail(
            name,
            name=args.trail_name,
            s3_bucket_name=self.bucket.name,
            is_multi_region_trail=True,
            include_global_service_events=True,
            enable_log_file_validation=True,
            enable_logging=True,
            kms_key_id=self.key.arn,
            # CloudTrail checks its bucket policy and key policy when the trail is created.
            opts=pulumi.ResourceOptions(parent=self, depends_on=[self.bucket.policy]),
        )
        self.register_outputs({"trailArn": self.trail.arn, "trailBucketName": self.bucket.name})

    def _key(self, name: str, args: AuditTrailArgs, trail_arn: pulumi.Output[str]) -> aws.kms.Key:
        def use(partition: str) -> list[docs.Statement]:
            any_trail_here = pulumi.Output.concat("arn:", partition, ":cloudtrail:*:", args.account_id, ":trail/*")
            return [
                docs.key_use_by_service(
                    "CloudTrailEncryptsForThisTrail",
                    ["cloudtrail.amazonaws.com"],
                    ["kms:GenerateDataKey*", "kms:DescribeKey"],
                    {
                        "StringEquals": {"aws:SourceArn": trail_arn},
                        "StringLike": {"kms:EncryptionContext:aws:cloudtrail:arn": any_trail_here},
                    },
                ),
                {
                    "Sid": "AccountDecryptsTrailLogs",
                    "Effect": "Allow",
                    "Principal": {"AWS": docs.account_root(partition, args.account_id)},
                    "Action": ["kms:Decrypt", "kms:ReEncryptFrom"],
                    "Resource": "*",
                    "Condition": {
                        "StringEquals": {"kms:CallerAccount": args.account_id},
                        "StringLike": {"kms:EncryptionContext:aws:cloudtrail:arn": any_trail_here},
                    },
                },
            ]

        return secure_key(
            f"{name}-key",
            KeyArgs(
                description="Encrypts the CloudTrail log files",
                account_id=args.account_id,
                region=args.region,
                use=use,
                alias=key_alias(f"{name}-trail"),
                protect=args.protect,
            ),
            parent=self,
        ).key
