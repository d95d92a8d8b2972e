"""Data stores a fork adds first: RDS and Aurora, DynamoDB, EFS. Encryption at rest and public access are
mandatory everywhere; backups are mandatory with a configurable minimum; deletion protection, multi-AZ and
point-in-time recovery are advisory by default and mandatory in prod's config.

Each judgement is a pure function of one resource's inputs (wire names) returning the problems found, so the
tests call them directly; the policies only report them. Defaults are AWS's effective ones: an RDS instance
with no ``backupRetentionPeriod`` keeps one day of backups, one with ``storageEncrypted`` absent is plain."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pulumi_policy import (
    EnforcementLevel,
    PolicyConfigSchema,
    Severity,
)

from starter_policies.common import (
    TypedResourcePolicy,
    as_number,
    config_of,
    customer_managed_key_given,
    dig,
    given,
    is_true,
    items,
)

DB_INSTANCE = "aws:rds/instance:Instance"
DB_CLUSTER = "aws:rds/cluster:Cluster"
CLUSTER_INSTANCE = "aws:rds/clusterInstance:ClusterInstance"
GLOBAL_CLUSTER = "aws:rds/globalCluster:GlobalCluster"
TABLE = "aws:dynamodb/table:Table"
TABLE_REPLICA = "aws:dynamodb/tableReplica:TableReplica"
FILE_SYSTEM = "aws:efs/fileSystem:FileSystem"
AWS_DEFAULT_BACKUP_DAYS = 1  # what RDS keeps when backupRetentionPeriod is not given
DEFAULT_MIN_BACKUP_DAYS = 1

Props = Mapping[str, Any]


def rds_encryption_problem(type_: str, props: Props) -> str | None:
    """Why a database's storage is not encrypted at rest, or None. Read replicas, restores from a snapshot,
    clusters that replicate another and members of a global cluster inherit their source's encryption unless
    they say otherwise; Aurora Serverless v1 is always encrypted."""
    encrypted = props.get("storageEncrypted")
    if is_true(encrypted):
        return None
    if encrypted is None:
        inherits = (
            "replicateSourceDb",
            "snapshotIdentifier",
            "restoreToPointInTime",
            "replicationSourceIdentifier",
            "sourceDbClusterIdentifier",
            "globalClusterIdentifier",
        )
        if any(given(props, key) for key in inherits) or (type_ == DB_CLUSTER and props.get("engineMode") == "serverless"):
            return None
    return f"storageEncrypted is {encrypted!r}; set storage_encrypted=True (with kms_key_id for a customer-managed key)"


def rds_public_problem(props: Props) -> str | None:
    if is_true(props.get("publiclyAccessible")):
        return "publiclyAccessible is true; set publicly_accessible=False and reach it from inside the VPC"
    return None


def _is_replica(props: Props) -> bool:
    return given(props, "replicateSourceDb")


def rds_backup_problem(type_: str, props: Props, min_days: int) -> str | None:
    """Backups kept for fewer than ``min_days`` days (0 turns them off). Read replicas are exempt."""
    if type_ == DB_INSTANCE and _is_replica(props):
        return None
    days = props.get("backupRetentionPeriod")
    effective = AWS_DEFAULT_BACKUP_DAYS if days is None else as_number(days)
    if effective is not None and effective < min_days:
        shown = "absent (AWS keeps 1 day)" if days is None else int(effective)
        return f"backupRetentionPeriod is {shown}; keep backups for at least {min_days} day(s)"
    return None


def rds_deletion_problem(props: Props) -> str | None:
    if not is_true(props.get("deletionProtection")):
        return f"deletionProtection is {props.get('deletionProtection')!r}; set deletion_protection=True"
    return None


def rds_multi_az_problem(props: Props) -> str | None:
    if _is_replica(props):
        return None
    if not is_true(props.get("multiAz")):
        return f"multiAz is {props.get('multiAz')!r}; set multi_az=True for a standby in another zone"
    return None


def dynamodb_pitr_problem(props: Props, type_: str = TABLE) -> str | None:
    if type_ == TABLE_REPLICA:  # a replica resource takes a plain boolean
        if not is_true(props.get("pointInTimeRecovery")):
            return f"pointInTimeRecovery is {props.get('pointInTimeRecovery')!r}; set point_in_time_recovery=True"
        return None
    if not is_true(dig(props, "pointInTimeRecovery", "enabled")):
        return "pointInTimeRecovery.enabled is not true; set point_in_time_recovery={'enabled': True}"
    return None


def dynamodb_kms_problems(props: Props, type_: str = TABLE) -> list[str]:
    """A table (and each replica) encrypted with a customer-managed key, not the AWS-owned or -managed one."""
    if type_ == TABLE_REPLICA:
        return (
            []
            if customer_managed_key_given(props, "kmsKeyArn")
            else ["no kmsKeyArn: the replica uses the AWS-managed key; set kms_key_arn to a key in the replica's region"]
        )
    sse = props.get("serverSideEncryption")
    if not is_true(dig(sse, "enabled")) or not customer_managed_key_given(sse, "kmsKeyArn"):
        return [
            "serverSideEncryption has no customer-managed key; set server_side_encryption={'enabled': True, "
            "'kms_key_arn': key.arn}"
        ]
    return [
        f"replica in {dig(replica, 'regionName')} has no kmsKeyArn; give each replica a key in its region"
        for replica in items(props.get("replicas"))
        if isinstance(replica, Mapping) and not given(replica, "kmsKeyArn")
    ]


def efs_problem(props: Props) -> str | None:
    if not is_true(props.get("encrypted")):
        return f"encrypted is {props.get('encrypted')!r}; set encrypted=True (with kms_key_id for a customer-managed key)"
    return None


POLICIES = [
    TypedResourcePolicy(
        name="rds-storage-encrypted",
        resource_types=(DB_INSTANCE, DB_CLUSTER, GLOBAL_CLUSTER),
        tags=["encryption"],
        description="RDS instances and Aurora/RDS clusters encrypt their storage (replicas and snapshot restores "
        "inherit their source's).",
        enforcement_level=EnforcementLevel.MANDATORY,
        severity=Severity.HIGH,
        remediation_steps="Set storage_encrypted=True and kms_key_id to a customer-managed key.",
        judge=lambda a: rds_encryption_problem(a.resource_type, a.props),
    ),
    TypedResourcePolicy(
        name="rds-not-public",
        resource_types=(DB_INSTANCE, DB_CLUSTER, CLUSTER_INSTANCE),
        tags=["exposure"],
        description="RDS instances, clusters and Aurora cluster instances are not publicly accessible.",
        enforcement_level=EnforcementLevel.MANDATORY,
        severity=Severity.CRITICAL,
        remediation_steps="Set publicly_accessible=False; put the database in private subnets.",
        judge=lambda a: rds_public_problem(a.props),
    ),
    TypedResourcePolicy(
        name="rds-backup-retention",
        resource_types=(DB_INSTANCE, DB_CLUSTER),
        tags=["resilience"],
        description="RDS instances and clusters keep automated backups for at least minRetentionDays (default 1: "
        "backups on; 7 in prod's config); read replicas are exempt.",
        enforcement_level=EnforcementLevel.MANDATORY,
        severity=Severity.HIGH,
        remediation_steps="Set backup_retention_period to at least minRetentionDays.",
        config_schema=PolicyConfigSchema(
            properties={
                "minRetentionDays": {"type": "integer", "minimum": 1, "maximum": 35, "default": DEFAULT_MIN_BACKUP_DAYS},
            }
        ),
        judge=lambda a: rds_backup_problem(
            a.resource_type, a.props, config_of(a).get("minRetentionDays", DEFAULT_MIN_BACKUP_DAYS)
        ),
    ),
    TypedResourcePolicy(
        name="rds-deletion-protection",
        resource_types=(DB_INSTANCE, DB_CLUSTER),
        tags=["resilience"],
        description="RDS instances and clusters have deletion protection (advisory by default; mandatory in prod's config).",
        enforcement_level=EnforcementLevel.ADVISORY,
        severity=Severity.MEDIUM,
        remediation_steps="Set deletion_protection=True.",
        judge=lambda a: rds_deletion_problem(a.props),
    ),
    TypedResourcePolicy(
        name="rds-multi-az",
        resource_types=(DB_INSTANCE,),
        tags=["resilience"],
        description="RDS instances run multi-AZ (advisory by default; mandatory in prod's config); read replicas "
        "are exempt, Aurora storage is multi-AZ by design.",
        enforcement_level=EnforcementLevel.ADVISORY,
        severity=Severity.MEDIUM,
        remediation_steps="Set multi_az=True.",
        judge=lambda a: rds_multi_az_problem(a.props),
    ),
    TypedResourcePolicy(
        name="dynamodb-pitr",
        resource_types=(TABLE, TABLE_REPLICA),
        tags=["resilience"],
        description="DynamoDB tables and table replicas have point-in-time recovery (advisory by default; mandatory "
        "in prod's config).",
        enforcement_level=EnforcementLevel.ADVISORY,
        severity=Severity.MEDIUM,
        remediation_steps="Set point_in_time_recovery={'enabled': True}.",
        judge=lambda a: dynamodb_pitr_problem(a.props, a.resource_type),
    ),
    TypedResourcePolicy(
        name="dynamodb-kms",
        resource_types=(TABLE, TABLE_REPLICA),
        tags=["encryption"],
        description="DynamoDB tables and their replicas (inline or TableReplica) are encrypted with a "
        "customer-managed KMS key.",
        enforcement_level=EnforcementLevel.MANDATORY,
        severity=Severity.HIGH,
        remediation_steps="Set server_side_encryption={'enabled': True, 'kms_key_arn': key.arn} and kms_key_arn on "
        "each replica.",
        judge=lambda a: dynamodb_kms_problems(a.props, a.resource_type),
    ),
    TypedResourcePolicy(
        name="efs-encrypted",
        resource_types=(FILE_SYSTEM,),
        tags=["encryption"],
        description="EFS file systems are encrypted at rest.",
        enforcement_level=EnforcementLevel.MANDATORY,
        severity=Severity.HIGH,
        remediation_steps="Set encrypted=True and kms_key_id to a customer-managed key.",
        judge=lambda a: efs_problem(a.props),
    ),
]
