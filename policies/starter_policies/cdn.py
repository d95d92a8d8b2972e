"""CloudFront distributions: viewers on HTTPS only, TLS 1.2+ towards viewers, S3 origins read through an origin
access control, and standard logging.

Decisions (README): a distribution on the default ``*.cloudfront.net`` certificate accepts TLSv1 whatever
``minimumProtocolVersion`` says, so it fails ``cloudfront-tls-version`` unless ``allowDefaultCertificate`` is set
(dev's config sets it). An origin without ``customOriginConfig`` or ``vpcOriginConfig`` is an S3 origin; it must
name an origin access control (mandatory: without one the bucket has to be public), and a legacy origin access
identity is accepted."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from pulumi_policy import EnforcementLevel, PolicyConfigSchema, Severity, StackValidationArgs

from starter_policies.common import (
    ReportViolation,
    TypedResourcePolicy,
    TypedStackPolicy,
    dig,
    given,
    is_true,
    items,
    known,
    linked_urns,
    of_type,
)

DISTRIBUTION = "aws:cloudfront/distribution:Distribution"
# Multi-tenant distributions spell a few inputs differently (cacheBehaviors, origin id, *Configs lists).
MULTITENANT = "aws:cloudfront/multitenantDistribution:MultitenantDistribution"
DISTRIBUTIONS = (DISTRIBUTION, MULTITENANT)
HTTPS_POLICIES = ("redirect-to-https", "https-only")
TLS12_PREFIXES = ("TLSv1.2_", "TLSv1.3")  # TLSv1.2_2018/2019/2021/2025, TLSv1.3_2025
RECOMMENDED_TLS = "TLSv1.2_2021"
# CloudWatch log delivery (v2 standard logging): a source on the distribution, delivered by a LogDelivery.
LOG_DELIVERY_SOURCE = "aws:cloudwatch/logDeliverySource:LogDeliverySource"
LOG_DELIVERY = "aws:cloudwatch/logDelivery:LogDelivery"


def viewer_protocol_problems(props: Mapping[str, Any]) -> list[str]:
    behaviours = [("defaultCacheBehavior", props.get("defaultCacheBehavior"))]
    for key in ("orderedCacheBehaviors", "cacheBehaviors"):
        behaviours += [(f"{key}[{i}] ({dig(b, 'pathPattern')})", b) for i, b in enumerate(items(props.get(key)))]
    return [
        f"{where}.viewerProtocolPolicy is {dig(b, 'viewerProtocolPolicy')!r}; use 'redirect-to-https'"
        for where, b in behaviours
        if isinstance(b, Mapping) and dig(b, "viewerProtocolPolicy") not in (*HTTPS_POLICIES, None)
    ]


def tls_version_problem(props: Mapping[str, Any], allow_default_certificate: bool = False) -> str | None:
    certificate = props.get("viewerCertificate")
    if not isinstance(certificate, Mapping):
        return None
    if is_true(certificate.get("cloudfrontDefaultCertificate")):
        if allow_default_certificate:
            return None
        return (
            "viewerCertificate uses the default *.cloudfront.net certificate, which accepts TLSv1; use an ACM "
            f"certificate with minimumProtocolVersion {RECOMMENDED_TLS!r}"
        )
    version = certificate.get("minimumProtocolVersion")
    if not (isinstance(version, str) and version.startswith(TLS12_PREFIXES)):
        shown = "absent (CloudFront uses TLSv1)" if version is None else repr(version)
        return f"viewerCertificate.minimumProtocolVersion is {shown}; set it to {RECOMMENDED_TLS!r}"
    return None


def _not_empty(value: Any) -> bool:
    """False for an empty list or map. The runtime hands a rule its lists as proxies, which never equal ``[]``,
    so ``value != []`` held for an empty ``customOriginConfigs`` too."""
    return not (isinstance(value, (Sequence, Mapping)) and not isinstance(value, str) and len(value) == 0)


def _is_s3_origin(origin: Mapping[str, Any]) -> bool:
    if any(
        given(origin, key) and known(lambda key=key: _not_empty(origin.get(key)), True)
        for key in ("customOriginConfig", "vpcOriginConfig", "customOriginConfigs", "vpcOriginConfigs")
    ):
        return False
    domain = known(lambda: origin.get("domainName"), None)
    return not isinstance(domain, str) or ".s3" in domain or domain.startswith("s3")


def origin_access_problems(props: Mapping[str, Any]) -> list[str]:
    return [
        f"origin {dig(o, 'originId') or dig(o, 'id')!r} is an S3 origin with no originAccessControlId; read the "
        "bucket through an aws.cloudfront.OriginAccessControl (origin_access_control_id) and keep it private"
        for o in items(props.get("origins"))
        if isinstance(o, Mapping)
        and _is_s3_origin(o)
        and not given(o, "originAccessControlId")
        and not given(o, "s3OriginConfig", "originAccessIdentity")
    ]


def logging_problem(props: Mapping[str, Any]) -> str | None:
    if not given(props, "loggingConfig", "bucket"):
        return (
            "no loggingConfig and no CloudWatch log delivery; set logging_config={'bucket': '<log bucket>"
            ".s3.amazonaws.com', 'prefix': ...} or deliver ACCESS_LOGS with aws.cloudwatch.LogDeliverySource("
            "resource_arn=distribution.arn) and a LogDelivery"
        )
    return None


def _delivered_distributions(args: StackValidationArgs) -> set[str]:
    """Distributions whose access logs a LogDelivery carries: a LogDeliverySource of logType ACCESS_LOGS whose
    resourceArn comes from the distribution, named by a LogDelivery's deliverySourceName."""
    delivered: set[str] = set()
    for delivery in of_type(args.resources, LOG_DELIVERY):
        delivered |= linked_urns(delivery, "deliverySourceName", LOG_DELIVERY_SOURCE)
    covered: set[str] = set()
    for source in of_type(args.resources, LOG_DELIVERY_SOURCE):
        if source.urn in delivered and known(lambda s=source: s.props.get("logType") == "ACCESS_LOGS", True):
            covered |= linked_urns(source, "resourceArn", DISTRIBUTION)
    return covered


def _distribution_logging(args: StackValidationArgs, report: ReportViolation) -> None:
    covered = _delivered_distributions(args)
    for distribution in of_type(args.resources, DISTRIBUTION):
        if distribution.urn in covered:
            continue
        # An unknown loggingConfig (preview) is not a missing one.
        problem = known(lambda d=distribution: logging_problem(d.props), None)
        if problem:
            report(f"{distribution.name}: {problem}.", distribution.urn)


POLICIES = [
    TypedResourcePolicy(
        name="cloudfront-viewer-https",
        resource_types=DISTRIBUTIONS,
        tags=["encryption"],
        description="CloudFront distributions (also multi-tenant) serve viewers over HTTPS only, in the default "
        "and every ordered cache behaviour.",
        enforcement_level=EnforcementLevel.MANDATORY,
        severity=Severity.HIGH,
        remediation_steps="Set viewer_protocol_policy='redirect-to-https' (or 'https-only') on every cache behaviour.",
        judge=lambda a: viewer_protocol_problems(a.props),
    ),
    TypedResourcePolicy(
        name="cloudfront-tls-version",
        resource_types=DISTRIBUTIONS,
        tags=["encryption"],
        description="CloudFront distributions refuse viewer TLS below 1.2; the default certificate (TLSv1) needs "
        "allowDefaultCertificate (dev's config).",
        enforcement_level=EnforcementLevel.MANDATORY,
        severity=Severity.HIGH,
        remediation_steps=f"Use an ACM certificate (us-east-1) with minimum_protocol_version={RECOMMENDED_TLS!r} and "
        "ssl_support_method='sni-only'.",
        config_schema=PolicyConfigSchema(properties={"allowDefaultCertificate": {"type": "boolean", "default": False}}),
        judge=lambda a: tls_version_problem(a.props, a.get_config().get("allowDefaultCertificate", False) is True),
    ),
    TypedResourcePolicy(
        name="cloudfront-s3-origin-access",
        resource_types=DISTRIBUTIONS,
        tags=["exposure"],
        description="CloudFront S3 origins read the bucket through an origin access control (a legacy origin "
        "access identity is accepted), so the bucket stays private.",
        enforcement_level=EnforcementLevel.MANDATORY,
        severity=Severity.HIGH,
        remediation_steps="Create an aws.cloudfront.OriginAccessControl (origin_access_control_origin_type='s3', "
        "signing_behavior='always') and set origin_access_control_id on the origin.",
        judge=lambda a: origin_access_problems(a.props),
    ),
    TypedStackPolicy(
        name="cloudfront-logging",
        stack_resource_types=(DISTRIBUTION,),
        tags=["observability"],
        description="CloudFront distributions write access logs: standard logging (loggingConfig) or CloudWatch log "
        "delivery (advisory by default; mandatory in prod's config).",
        enforcement_level=EnforcementLevel.ADVISORY,
        severity=Severity.LOW,
        remediation_steps="Set logging_config with a log bucket that has ACLs enabled for the log delivery account, or "
        "deliver ACCESS_LOGS through aws.cloudwatch.LogDeliverySource/LogDeliveryDestination/LogDelivery.",
        validate=_distribution_logging,
    ),
]
