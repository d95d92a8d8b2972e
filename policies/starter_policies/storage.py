"""S3 exposure and resilience: versioning, public access, ACLs, ownership, replication to another region, and
protection of data in prod. Most need the whole stack: settings live in separate resources linked to their
bucket."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pulumi_policy import (
    EnforcementLevel,
    PolicyConfigSchema,
    PolicyResource,
    ResourceValidationArgs,
    Severity,
    StackValidationArgs,
)
from starter_shared.facts import PUBLIC_ACCESS_BLOCK_FLAGS, REPLICATION_TOKEN, snake_to_camel

from starter_policies.common import (
    BUCKET,
    BUCKET_V2,
    BUCKETS,
    ReportViolation,
    TypedResourcePolicy,
    TypedStackPolicy,
    Unseen,
    bucket_named,
    buckets_by_name,
    dig,
    items,
    known,
    linked_urns,
    log_destinations,
    of_type,
    region_of,
    settings_by_bucket,
)

VERSIONING = ("aws:s3/bucketVersioning:BucketVersioning", "aws:s3/bucketVersioningV2:BucketVersioningV2")
PUBLIC_ACCESS_BLOCK = "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock"
ACCOUNT_PUBLIC_ACCESS_BLOCK = "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock"
OWNERSHIP = "aws:s3/bucketOwnershipControls:BucketOwnershipControls"
REPLICATION = REPLICATION_TOKEN
ACL = "aws:s3/bucketAcl:BucketAcl"
ACLS = (ACL, "aws:s3/bucketAclV2:BucketAclV2")
OBJECTS = ("aws:s3/bucketObject:BucketObject", "aws:s3/bucketObjectv2:BucketObjectv2", "aws:s3/objectCopy:ObjectCopy")
"""Objects carry their own ACL: a public one exposes the object whatever the bucket's ACL says."""
PAB_FLAGS = tuple(snake_to_camel(flag) for flag in PUBLIC_ACCESS_BLOCK_FLAGS)
PUBLIC_CANNED_ACLS = ("public-read", "public-read-write", "authenticated-read")
PUBLIC_GRANTEES = (
    "http://acs.amazonaws.com/groups/global/AllUsers",
    "http://acs.amazonaws.com/groups/global/AuthenticatedUsers",
)
DEFAULT_EXEMPT_TAG = "ReplicationExempt"
PROTECTED_TYPES = (*BUCKETS, "aws:kms/key:Key")


def inline_versioning(bucket: PolicyResource) -> bool:
    """Versioning declared on the bucket itself: ``versioning`` (Bucket) or ``versionings`` (BucketV2)."""
    if bucket.resource_type == BUCKET_V2:
        return any(dig(v, "enabled") is True for v in items(bucket.props.get("versionings")))
    return dig(bucket.props, "versioning", "enabled") is True


def versioning_enabled(bucket: PolicyResource, settings: list[PolicyResource]) -> bool:
    """Whether a bucket ends up versioned. S3 keeps one versioning state per bucket: with several settings,
    whichever is applied last wins, so every one must enable it."""
    statuses = [str(dig(s.props, "versioningConfiguration", "status")).lower() for s in settings]
    return (inline_versioning(bucket) or bool(statuses)) and all(status == "enabled" for status in statuses)


def _versioning(args: StackValidationArgs, report: ReportViolation) -> None:
    linked = settings_by_bucket(args.resources, VERSIONING)
    unseen = Unseen()
    for bucket in of_type(args.resources, *BUCKETS):
        versioned = unseen.judge(
            bucket, "its versioning settings", lambda b=bucket: versioning_enabled(b, linked.get(b.urn, [])), None
        )
        if versioned is False:
            report(f"{bucket.name}: no versioning; add a BucketVersioning with status 'Enabled'.", bucket.urn)
    unseen.raise_if_any()


def _account_blocks_public_access(resources: list[PolicyResource]) -> bool | None:
    """Whether the stack blocks public access for the whole account (every bucket, all four flags): True when
    an AccountPublicAccessBlock is known to, None when none is known to but one's flags are unknown until the
    update, False otherwise."""
    verdicts = [
        known(lambda a=a: all(a.props.get(f) is True for f in PAB_FLAGS), None)
        for a in of_type(resources, ACCOUNT_PUBLIC_ACCESS_BLOCK)
    ]
    return True if True in verdicts else None if None in verdicts else False


def _public_access_block(args: StackValidationArgs, report: ReportViolation) -> None:
    account = _account_blocks_public_access(args.resources)
    if account is True:
        return
    linked = settings_by_bucket(args.resources, PUBLIC_ACCESS_BLOCK)
    unseen = Unseen()
    for bucket in of_type(args.resources, *BUCKETS):
        blocks = linked.get(bucket.urn, [])
        # S3 keeps one block per bucket: with several, whichever is applied last wins, so each must hold.
        missing = (
            unseen.judge(
                bucket,
                "its public access block flags",
                lambda blocks=blocks: [f for f in PAB_FLAGS if not all(b.props.get(f) is True for b in blocks)],
                [],
            )
            if blocks
            else list(PAB_FLAGS)
        )
        if missing and account is None:  # the account-wide block may still cover it
            unseen.note(bucket, "the account's public access block flags")
        elif not blocks:
            report(
                f"{bucket.name}: no public access block; add a BucketPublicAccessBlock with all four flags true.", bucket.urn
            )
        elif missing:
            report(
                f"{bucket.name}: public access block leaves {', '.join(missing)} off; set all four flags true.", bucket.urn
            )
    unseen.raise_if_any()


def public_grantee(uri: object) -> str | None:
    """The public group a grantee URI names (AllUsers, AuthenticatedUsers), in any scheme or case."""
    if not isinstance(uri, str):
        return None
    tail = uri.strip().rstrip("/").lower()
    return next((g for g in PUBLIC_GRANTEES if tail.endswith(g.split("://", 1)[1].lower())), None)


def public_grants(props: Mapping[str, Any], resource_type: str) -> list[str]:
    """Public grants of a bucket (inline ``grants``) or an ACL resource (``accessControlPolicy.grants``)."""
    found = []
    if resource_type in (*BUCKETS, *OBJECTS):  # grants[{type, uri, permissions}]
        for grant in items(props.get("grants")):
            if public_grantee(dig(grant, "uri")):
                found.append(f"grants {', '.join(map(str, items(dig(grant, 'permissions'))))} to {dig(grant, 'uri')}")
    else:
        for grant in items(dig(props, "accessControlPolicy", "grants")):
            uri = dig(grant, "grantee", "uri")
            if public_grantee(uri):
                found.append(f"grants {dig(grant, 'permission')} to {uri}")
    return found


def _no_public_acl(args: ResourceValidationArgs, report: ReportViolation) -> None:
    if args.resource_type not in (*BUCKETS, *ACLS, *OBJECTS):
        return
    for grant in public_grants(args.props, args.resource_type):
        report(f"{args.name}: {grant}; remove the grant.")
    canned = args.props.get("acl")
    if isinstance(canned, str) and canned.strip().lower() in PUBLIC_CANNED_ACLS:
        report(f"{args.name}: acl is {canned!r}; use 'private' (better: BucketOwnerEnforced ownership, no ACLs).")


def _ownership_enforced(args: StackValidationArgs, report: ReportViolation) -> None:
    linked = settings_by_bucket(args.resources, OWNERSHIP)
    for bucket in of_type(args.resources, *BUCKETS):
        modes = known(lambda b=bucket: [dig(c.props, "rule", "objectOwnership") for c in linked.get(b.urn, [])], None)
        if modes is not None and "BucketOwnerEnforced" not in modes:
            report(
                f"{bucket.name}: object ownership is {modes[0] if modes else 'not set'}; add "
                "BucketOwnershipControls with objectOwnership 'BucketOwnerEnforced' (disables ACLs).",
                bucket.urn,
            )


def inline_replication_rules(bucket: PolicyResource) -> list[Any]:
    """Replication rules declared on the bucket itself (``replicationConfiguration`` on Bucket,
    ``replicationConfigurations`` on BucketV2, whose rules name ``destinations``)."""
    if bucket.resource_type == BUCKET_V2:
        return [r for c in items(bucket.props.get("replicationConfigurations")) for r in items(dig(c, "rules"))]
    return items(dig(bucket.props, "replicationConfiguration", "rules"))


def _replications(resources: list[PolicyResource]) -> list[tuple[str, set[str], bool]]:
    """(source bucket URN, destination bucket URNs, any rule enabled) for every replication the stack declares,
    split (BucketReplicationConfig) or inline."""
    names = buckets_by_name(resources)

    def named(rules: list[Any]) -> set[str]:
        targets = (
            known(lambda r=r: dig(r, "destination", "bucket") or dig(r, "destinations", 0, "bucket"), None) for r in rules
        )
        return {urn for target in targets if (urn := bucket_named(target, names))}

    def enabled(rules: list[Any] | None) -> bool:  # unknown counts as enabled: never a mandatory failure in preview
        return rules is None or known(lambda: any(dig(r, "status") == "Enabled" for r in rules), True)

    found = []
    for config in of_type(resources, REPLICATION):
        rules = known(lambda c=config: items(c.props.get("rules")), None)  # None: unknown during preview
        sources = linked_urns(config, "bucket", BUCKET)
        destinations = (linked_urns(config, "rules", BUCKET) - sources) | named(rules or [])
        found += [(source, destinations, enabled(rules)) for source in sources]
    for bucket in of_type(resources, *BUCKETS):
        rules = known(lambda b=bucket: inline_replication_rules(b), None)
        if rules is None or rules:
            prop = "replicationConfigurations" if bucket.resource_type == BUCKET_V2 else "replicationConfiguration"
            destinations = named(rules or []) | (linked_urns(bucket, prop, BUCKET) - {bucket.urn})
            found.append((bucket.urn, destinations, enabled(rules)))
    return found


def _data_replicated(args: StackValidationArgs, report: ReportViolation) -> None:
    exempt_tag = args.get_config().get("exemptTag", DEFAULT_EXEMPT_TAG)
    replications = _replications(args.resources)
    by_urn = {r.urn: r for r in args.resources}
    # A replica, or a bucket that receives logs, holds copies or logs, not data of its own.
    not_data = log_destinations(args.resources) | {d for _, destinations, _ in replications for d in destinations}
    enabled_from: dict[str, list[set[str]]] = {}  # by source, once: scanning all replications per bucket is quadratic
    for source, destinations, on in replications:
        if on:
            enabled_from.setdefault(source, []).append(destinations)
    for bucket in of_type(args.resources, *BUCKETS):
        tags = known(lambda b=bucket: b.props.get("tags") or {}, {})
        if bucket.urn in not_data or str(tags.get(exempt_tag, "")).strip():
            continue
        mine = enabled_from.get(bucket.urn, [])
        if not mine:
            report(
                f"{bucket.name}: holds data but does not replicate; add a BucketReplicationConfig to a bucket in "
                f"another region, or tag it {exempt_tag}=<reason> if it holds nothing worth keeping.",
                bucket.urn,
            )
            continue
        home = region_of(bucket)
        same = sorted({by_urn[d].name for ds in mine for d in ds if d in by_urn and home and region_of(by_urn[d]) == home})
        if same:
            report(
                f"{bucket.name}: replicates to {', '.join(same)} in the same region ({home}); put the replica in "
                "another region (replicaRegion).",
                bucket.urn,
            )


def _data_protected(args: ResourceValidationArgs, report: ReportViolation) -> None:
    if args.resource_type in PROTECTED_TYPES and not args.opts.protect:
        report(
            f"{args.name}: not protected; set protect=True (protectData in the stack config) so "
            "`pulumi destroy` or a replacement cannot delete it."
        )


POLICIES = [
    TypedStackPolicy(
        stack_resource_types=BUCKETS,
        name="s3-versioning-enabled",
        tags=["resilience"],
        description="Every bucket has versioning enabled (inline, BucketVersioning or BucketVersioningV2).",
        enforcement_level=EnforcementLevel.MANDATORY,
        severity=Severity.HIGH,
        remediation_steps="Add aws.s3.BucketVersioning(bucket=..., versioning_configuration={'status': 'Enabled'}).",
        validate=_versioning,
    ),
    TypedStackPolicy(
        stack_resource_types=BUCKETS,
        name="s3-public-access-blocked",
        tags=["exposure"],
        description="Every bucket has a public access block with all four flags true (its own, or the "
        "account's AccountPublicAccessBlock).",
        enforcement_level=EnforcementLevel.MANDATORY,
        severity=Severity.CRITICAL,
        remediation_steps="Add aws.s3.BucketPublicAccessBlock with block/ignore public ACLs and policies all true.",
        validate=_public_access_block,
    ),
    TypedResourcePolicy(
        name="s3-no-public-acl",
        resource_types=(*BUCKETS, *ACLS, *OBJECTS),
        tags=["exposure"],
        description="No bucket or object grants access to everyone or to any authenticated AWS user, whichever "
        "resource sets the ACL (canned or grants on the bucket, BucketAcl, BucketAclV2, BucketObject, "
        "BucketObjectv2, ObjectCopy).",
        enforcement_level=EnforcementLevel.MANDATORY,
        severity=Severity.CRITICAL,
        remediation_steps="Remove public canned ACLs and AllUsers/AuthenticatedUsers grants; use "
        "BucketOwnerEnforced ownership.",
        validate=_no_public_acl,
    ),
    TypedStackPolicy(
        stack_resource_types=BUCKETS,
        name="s3-ownership-enforced",
        tags=["exposure"],
        description="Every bucket has BucketOwnershipControls with BucketOwnerEnforced (ACLs disabled).",
        enforcement_level=EnforcementLevel.ADVISORY,
        severity=Severity.LOW,
        remediation_steps="Add aws.s3.BucketOwnershipControls(rule={'object_ownership': 'BucketOwnerEnforced'}).",
        validate=_ownership_enforced,
    ),
    TypedStackPolicy(
        stack_resource_types=BUCKETS,
        name="s3-data-replicated",
        tags=["resilience"],
        description="Buckets that hold data replicate to a bucket in another region (advisory by default; "
        "mandatory in prod's config). Log destinations, replicas and buckets tagged ReplicationExempt "
        "hold no data of their own.",
        enforcement_level=EnforcementLevel.ADVISORY,
        severity=Severity.HIGH,
        remediation_steps="Add a BucketReplicationConfig to a versioned, KMS-encrypted bucket in the replica "
        "region, or tag the bucket ReplicationExempt=<reason>.",
        config_schema=PolicyConfigSchema(
            properties={
                "exemptTag": {"type": "string", "minLength": 1, "default": DEFAULT_EXEMPT_TAG},
            }
        ),
        validate=_data_replicated,
    ),
    TypedResourcePolicy(
        name="data-protected",
        resource_types=PROTECTED_TYPES,
        tags=["resilience"],
        description="Buckets and KMS keys are protected against deletion (advisory by default; mandatory in prod's config).",
        enforcement_level=EnforcementLevel.ADVISORY,
        severity=Severity.HIGH,
        remediation_steps="Set protect=True (and retain_on_delete=True) through the protectData stack setting.",
        validate=_data_protected,
    ),
]
