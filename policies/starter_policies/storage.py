"""S3 rules that need the whole stack: settings live in separate resources linked to their bucket."""

from __future__ import annotations

from pulumi_policy import EnforcementLevel, ReportViolation, Severity, StackValidationArgs, StackValidationPolicy

from starter_policies.common import BUCKET, dig, of_type, settings_by_bucket

VERSIONING = "aws:s3/bucketVersioning:BucketVersioning"
PUBLIC_ACCESS_BLOCK = "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock"
PAB_FLAGS = ("blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets")


def _versioning(args: StackValidationArgs, report: ReportViolation) -> None:
    linked = settings_by_bucket(args.resources, VERSIONING)
    for bucket in of_type(args.resources, BUCKET):
        inline = dig(bucket.props, "versioning", "enabled") is True
        split = any(dig(s.props, "versioningConfiguration", "status") == "Enabled" for s in linked.get(bucket.urn, []))
        if not (inline or split):
            report(f"{bucket.name}: no versioning; add a BucketVersioning with status 'Enabled'.", bucket.urn)


def _public_access_block(args: StackValidationArgs, report: ReportViolation) -> None:
    linked = settings_by_bucket(args.resources, PUBLIC_ACCESS_BLOCK)
    for bucket in of_type(args.resources, BUCKET):
        blocks = linked.get(bucket.urn, [])
        if not blocks:
            report(f"{bucket.name}: no public access block; add a BucketPublicAccessBlock with all four flags true.",
                   bucket.urn)
            continue
        missing = [f for f in PAB_FLAGS if not any(b.props.get(f) is True for b in blocks)]
        if missing:
            report(f"{bucket.name}: public access block leaves {', '.join(missing)} off; set all four flags true.",
                   bucket.urn)


POLICIES = [
    StackValidationPolicy(
        name="s3-versioning-enabled",
        description="Every bucket has versioning enabled (inline or through BucketVersioning).",
        enforcement_level=EnforcementLevel.MANDATORY, severity=Severity.HIGH,
        remediation_steps="Add aws.s3.BucketVersioning(bucket=..., versioning_configuration={'status': 'Enabled'}).",
        validate=_versioning,
    ),
    StackValidationPolicy(
        name="s3-public-access-blocked",
        description="Every bucket has a public access block with all four flags true.",
        enforcement_level=EnforcementLevel.MANDATORY, severity=Severity.CRITICAL,
        remediation_steps="Add aws.s3.BucketPublicAccessBlock with block/ignore public ACLs and policies all true.",
        validate=_public_access_block,
    ),
]
