"""Encryption at rest and in transit: bucket default encryption, replica re-encryption, KMS rotation,
TLS-only bucket policies and load-balancer listeners."""

from __future__ import annotations

from pulumi_policy import (
    EnforcementLevel,
    PolicyConfigSchema,
    PolicyResource,
    ReportViolation,
    ResourceValidationArgs,
    Severity,
    StackValidationArgs,
    StackValidationPolicy,
)
from starter_shared.elb_tls import RECOMMENDED_POLICY, refuses_below_tls12
from starter_shared.facts import REPLICATION_TOKEN
from starter_shared.iam_documents import denies_insecure_transport, statements

from starter_policies.common import (
    BUCKET,
    LISTENERS,
    TypedResourcePolicy,
    dig,
    items,
    known,
    log_destinations,
    of_type,
    settings_by_bucket,
)

SSE = "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration"
BUCKET_POLICY = "aws:s3/bucketPolicy:BucketPolicy"
REPLICATION = REPLICATION_TOKEN
KMS_ALGORITHMS = ("aws:kms", "aws:kms:dsse")


def _algorithms(bucket: PolicyResource, configs: list[PolicyResource]) -> list[str | None]:
    """The default-encryption algorithms declared for a bucket, inline or through split resources."""
    found = [dig(rule, "applyServerSideEncryptionByDefault", "sseAlgorithm")
             for config in configs for rule in items(config.props.get("rules"))]
    inline = dig(bucket.props, "serverSideEncryptionConfiguration", "rule", "applyServerSideEncryptionByDefault",
                 "sseAlgorithm")
    return [*found, inline] if inline is not None else found


def _bucket_encryption(args: StackValidationArgs, report: ReportViolation) -> None:
    linked = settings_by_bucket(args.resources, SSE)
    logs = log_destinations(args.resources)
    for bucket in of_type(args.resources, BUCKET):
        algorithms = known(lambda b=bucket: _algorithms(b, linked.get(b.urn, [])), None)
        if algorithms is None:  # unknown during preview
            continue
        if not algorithms:
            report(f"{bucket.name}: no default encryption; add a BucketServerSideEncryptionConfiguration with "
                   "sseAlgorithm 'aws:kms' and a customer-managed key.", bucket.urn)
        elif bucket.urn in logs:
            if not all(a in (*KMS_ALGORITHMS, "AES256") for a in algorithms):
                report(f"{bucket.name}: access-log bucket encryption is {algorithms}; use 'AES256' (the only "
                       "encryption log delivery supports).", bucket.urn)
        elif not all(a in KMS_ALGORITHMS for a in algorithms):
            report(f"{bucket.name}: default encryption is {', '.join(map(str, algorithms))}; use sseAlgorithm "
                   "'aws:kms' with a customer-managed key (SSE-S3 is accepted only on access-log buckets).",
                   bucket.urn)


def _replica_reencrypted(args: ResourceValidationArgs, report: ReportViolation) -> None:
    if args.resource_type == REPLICATION:
        rules, key_path = items(args.props.get("rules")), ("destination", "encryptionConfiguration", "replicaKmsKeyId")
    elif args.resource_type == BUCKET:
        rules = items(dig(args.props, "replicationConfiguration", "rules"))
        key_path = ("destination", "replicaKmsKeyId")
    else:
        return
    for index, rule in enumerate(rules):
        rule_id = dig(rule, "id") or f"#{index}"
        if not dig(rule, *key_path):
            report(f"{args.name}: replication rule {rule_id} has no replica KMS key; set "
                   "destination.encryptionConfiguration.replicaKmsKeyId to a key in the destination region.")
        criteria = dig(rule, "sourceSelectionCriteria", "sseKmsEncryptedObjects", "status")
        if args.resource_type == REPLICATION and criteria != "Enabled":
            report(f"{args.name}: replication rule {rule_id} has sourceSelectionCriteria.sseKmsEncryptedObjects "
                   f"{criteria!r}; set it to 'Enabled' or KMS-encrypted objects are not replicated.")


def _key_rotation(args: ResourceValidationArgs, report: ReportViolation) -> None:
    if args.resource_type != "aws:kms/key:Key":
        return
    spec = args.props.get("customerMasterKeySpec") or "SYMMETRIC_DEFAULT"
    if spec == "SYMMETRIC_DEFAULT" and args.props.get("enableKeyRotation") is not True:
        report(f"{args.name}: enableKeyRotation is {args.props.get('enableKeyRotation')!r}; set it to true.")


def _tls_only(args: StackValidationArgs, report: ReportViolation) -> None:
    linked = settings_by_bucket(args.resources, BUCKET_POLICY)
    for bucket in of_type(args.resources, BUCKET):
        documents = known(lambda b=bucket: [p.props.get("policy") for p in linked.get(b.urn, [])]
                          + [b.props.get("policy")], None)
        if documents is None:
            continue
        if not any(denies_insecure_transport(s) for d in documents for s in statements(d)):
            report(f"{bucket.name}: no bucket policy statement denies s3:* when aws:SecureTransport is false; add "
                   "one (Effect Deny, Principal '*', Action 's3:*', Condition Bool aws:SecureTransport 'false').",
                   bucket.urn)


def _listener_tls(args: ResourceValidationArgs, report: ReportViolation) -> None:
    if args.resource_type not in LISTENERS:
        return
    protocol = args.props.get("protocol") or "HTTP"
    if protocol in ("HTTPS", "TLS"):
        ssl_policy = args.props.get("sslPolicy")
        if not refuses_below_tls12(ssl_policy):
            report(f"{args.name}: sslPolicy is {ssl_policy!r}, which is not one of AWS's TLS 1.2+ "
                   f"policies; use {RECOMMENDED_POLICY!r}.")
    elif protocol == "HTTP" and not args.get_config().get("allowHttp", False):
        actions = items(args.props.get("defaultActions"))
        redirects = [a for a in actions if dig(a, "type") == "redirect" and dig(a, "redirect", "protocol") == "HTTPS"]
        if not actions or len(redirects) != len(actions):
            kinds = ", ".join(str(dig(a, "type")) for a in actions) or "none"
            port = args.props.get("port")
            shown = int(port) if isinstance(port, (int, float)) else port
            report(f"{args.name}: plain HTTP on port {shown} serves traffic (default actions: "
                   f"{kinds}); redirect to HTTPS, or set allowHttp in the policy config for a dev stack.")


POLICIES = [
    StackValidationPolicy(
        name="s3-encryption-kms", tags=["encryption"],
        description="Every bucket has default encryption with SSE-KMS; SSE-S3 is accepted only on buckets that "
                    "receive access logs (AWS delivers logs to SSE-S3 buckets only).",
        enforcement_level=EnforcementLevel.MANDATORY, severity=Severity.HIGH,
        remediation_steps="Add aws.s3.BucketServerSideEncryptionConfiguration with sse_algorithm='aws:kms' and "
                          "kms_master_key_id set to a customer-managed key.",
        validate=_bucket_encryption,
    ),
    TypedResourcePolicy(
        name="s3-replica-kms", resource_types=(REPLICATION, BUCKET), tags=["encryption"],
        description="Replication rules re-encrypt replicas with a KMS key and replicate SSE-KMS objects.",
        enforcement_level=EnforcementLevel.MANDATORY, severity=Severity.HIGH,
        remediation_steps="Set destination.encryption_configuration.replica_kms_key_id and "
                          "source_selection_criteria.sse_kms_encrypted_objects.status='Enabled'.",
        validate=_replica_reencrypted,
    ),
    TypedResourcePolicy(
        name="kms-key-rotation", resource_types=("aws:kms/key:Key",), tags=["encryption"],
        description="Symmetric KMS keys rotate automatically.",
        enforcement_level=EnforcementLevel.MANDATORY, severity=Severity.MEDIUM,
        remediation_steps="Set enable_key_rotation=True on aws.kms.Key.",
        validate=_key_rotation,
    ),
    StackValidationPolicy(
        name="s3-tls-only", tags=["encryption"],
        description="Every bucket has a bucket policy that denies requests not made over TLS.",
        enforcement_level=EnforcementLevel.MANDATORY, severity=Severity.HIGH,
        remediation_steps="Add an aws.s3.BucketPolicy with a Deny of s3:* to Principal '*' when "
                          "aws:SecureTransport is 'false'.",
        validate=_tls_only,
    ),
    TypedResourcePolicy(
        name="lb-listener-tls", resource_types=LISTENERS, tags=["encryption"],
        description="Load-balancer listeners use HTTPS/TLS with a TLS 1.2+ security policy; plain HTTP only "
                    "redirects to HTTPS (allowHttp permits it, for dev).",
        enforcement_level=EnforcementLevel.MANDATORY, severity=Severity.HIGH,
        remediation_steps=f"Serve HTTPS with ssl_policy={RECOMMENDED_POLICY!r} and an ACM "
                          "certificate; make the port 80 listener a redirect to HTTPS.",
        config_schema=PolicyConfigSchema(properties={"allowHttp": {"type": "boolean", "default": False}}),
        validate=_listener_tls,
    ),
]
