"""Encryption at rest and in transit: bucket default encryption, replica re-encryption, KMS rotation,
TLS-only bucket policies and load-balancer listeners."""

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
from starter_shared.elb_tls import RECOMMENDED_POLICY, refuses_below_tls12
from starter_shared.facts import REPLICATION_TOKEN
from starter_shared.iam_documents import covers_bucket_and_objects, denies_insecure_transport, statements

from starter_policies.common import (
    BUCKET,
    BUCKET_V2,
    BUCKETS,
    CLASSIC_LOAD_BALANCER,
    LISTENER_RULES,
    LISTENERS,
    LOAD_BALANCERS,
    ReportViolation,
    ResourceAndStackPolicy,
    TypedResourcePolicy,
    TypedStackPolicy,
    Unseen,
    dig,
    given,
    items,
    known,
    linked,
    linked_urns,
    log_destinations,
    of_type,
    settings_by_bucket,
)

SSE = (
    "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration",
    "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2",
)
BUCKET_POLICY = "aws:s3/bucketPolicy:BucketPolicy"
REPLICATION = REPLICATION_TOKEN
KMS_ALGORITHMS = ("aws:kms", "aws:kms:dsse")


def _algorithms(bucket: PolicyResource, configs: list[PolicyResource]) -> list[str | None]:
    """The default-encryption algorithms declared for a bucket, inline or through split resources."""
    found = [
        dig(rule, "applyServerSideEncryptionByDefault", "sseAlgorithm")
        for config in configs
        for rule in items(config.props.get("rules"))
    ]
    if bucket.resource_type == BUCKET_V2:  # serverSideEncryptionConfigurations[].rules[].…Defaults[]
        return found + [
            dig(default, "sseAlgorithm")
            for config in items(bucket.props.get("serverSideEncryptionConfigurations"))
            for rule in items(dig(config, "rules"))
            for default in items(dig(rule, "applyServerSideEncryptionByDefaults"))
        ]
    inline = dig(
        bucket.props, "serverSideEncryptionConfiguration", "rule", "applyServerSideEncryptionByDefault", "sseAlgorithm"
    )
    return [*found, inline] if inline is not None else found


def _bucket_encryption(args: StackValidationArgs, report: ReportViolation) -> None:
    linked_sse = settings_by_bucket(args.resources, SSE)
    logs = log_destinations(args.resources)
    unseen = Unseen()
    for bucket in of_type(args.resources, *BUCKETS):
        algorithms = unseen.judge(
            bucket, "its default encryption", lambda b=bucket: _algorithms(b, linked_sse.get(b.urn, [])), None
        )
        if algorithms is None:  # unknown during preview
            continue
        if not algorithms:
            report(
                f"{bucket.name}: no default encryption; add a BucketServerSideEncryptionConfiguration with "
                "sseAlgorithm 'aws:kms' and a customer-managed key.",
                bucket.urn,
            )
        elif bucket.urn in logs:
            if not all(a in (*KMS_ALGORITHMS, "AES256") for a in algorithms):
                report(
                    f"{bucket.name}: access-log bucket encryption is {algorithms}; use 'AES256' (the only "
                    "encryption log delivery supports).",
                    bucket.urn,
                )
        elif not all(a in KMS_ALGORITHMS for a in algorithms):
            report(
                f"{bucket.name}: default encryption is {', '.join(map(str, algorithms))}; use sseAlgorithm "
                "'aws:kms' with a customer-managed key (SSE-S3 is accepted only on access-log buckets).",
                bucket.urn,
            )
    unseen.raise_if_any()


def _replica_reencrypted(args: ResourceValidationArgs, report: ReportViolation) -> None:
    key_path: tuple[str | int, ...]
    if args.resource_type == REPLICATION:
        rules, key_path = items(args.props.get("rules")), ("destination", "encryptionConfiguration", "replicaKmsKeyId")
    elif args.resource_type == BUCKET:
        rules = items(dig(args.props, "replicationConfiguration", "rules"))
        key_path = ("destination", "replicaKmsKeyId")
    elif args.resource_type == BUCKET_V2:
        rules = [r for c in items(args.props.get("replicationConfigurations")) for r in items(dig(c, "rules"))]
        key_path = ("destinations", 0, "replicaKmsKeyId")
    else:
        return
    for index, rule in enumerate(rules):
        rule_id = known(lambda rule=rule: dig(rule, "id"), None) or f"#{index}"
        # A replica key another resource computes (unknown during preview) is a key: only a missing one fails.
        if not given(rule, *key_path):
            report(
                f"{args.name}: replication rule {rule_id} has no replica KMS key; set "
                "destination.encryptionConfiguration.replicaKmsKeyId to a key in the destination region."
            )
        criteria = dig(rule, "sourceSelectionCriteria", "sseKmsEncryptedObjects", "status")
        if args.resource_type == REPLICATION and criteria != "Enabled":
            report(
                f"{args.name}: replication rule {rule_id} has sourceSelectionCriteria.sseKmsEncryptedObjects "
                f"{criteria!r}; set it to 'Enabled' or KMS-encrypted objects are not replicated."
            )


def rotation_applies(props: Mapping[str, Any]) -> bool:
    """Whether AWS can rotate a key automatically: symmetric encryption keys with AWS-generated material in the
    default key store. Asymmetric and HMAC keys, and keys in a CloudHSM or external key store, cannot."""
    spec = str(props.get("customerMasterKeySpec") or "SYMMETRIC_DEFAULT").upper()
    usage = str(props.get("keyUsage") or "ENCRYPT_DECRYPT").upper()
    return (
        spec == "SYMMETRIC_DEFAULT"
        and usage == "ENCRYPT_DECRYPT"
        and not props.get("customKeyStoreId")
        and not props.get("xksKeyId")
    )


def _key_rotation(args: ResourceValidationArgs, report: ReportViolation) -> None:
    if args.resource_type != "aws:kms/key:Key":
        return
    if not rotation_applies(args.props):
        return
    if args.props.get("enableKeyRotation") is not True:
        report(f"{args.name}: enableKeyRotation is {args.props.get('enableKeyRotation')!r}; set it to true.")


def tls_deny_covers(statement: Mapping[str, Any], bucket_name: str | None) -> bool:
    """A TLS-only deny (see ``denies_insecure_transport``) whose Resource covers the bucket and its objects, in
    any partition. Without a known bucket name (autonamed, or computed), any bucket ARN and any ``…/*`` objects
    ARN count (``covers_bucket_and_objects``)."""
    return denies_insecure_transport(statement) and covers_bucket_and_objects(statement, bucket_name)


def _policies_of(bucket: PolicyResource, attached: list[PolicyResource]) -> list[tuple[str, Any]]:
    """(where, document) of every policy set on a bucket: inline ``policy`` and BucketPolicy resources."""
    found = [(p.name, p.props.get("policy")) for p in attached]
    inline = bucket.props.get("policy")
    return [*found, (f"{bucket.name}.policy", inline)] if inline else found


def _tls_only(args: StackValidationArgs, report: ReportViolation) -> None:
    attached = settings_by_bucket(args.resources, BUCKET_POLICY)
    unseen = Unseen()
    for bucket in of_type(args.resources, *BUCKETS):
        policies = unseen.judge(bucket, "its bucket policy", lambda b=bucket: _policies_of(b, attached.get(b.urn, [])), None)
        if policies is None:
            continue
        if len(policies) > 1:
            report(
                f"{bucket.name}: {len(policies)} bucket policies ({', '.join(w for w, _ in policies)}); S3 keeps "
                "one policy per bucket, so the last one applied silently replaces the others: merge them into "
                "one BucketPolicy.",
                bucket.urn,
            )
            continue
        name = known(lambda b=bucket: b.props.get("bucket"), None)
        name = name if isinstance(name, str) else None
        # A document computed from other buckets' ARNs only (a copy-paste from another bucket) covers those.
        sources = {u for p in attached.get(bucket.urn, []) for u in linked_urns(p, "policy", BUCKET)}
        elsewhere = name is None and bool(sources) and bucket.urn not in sources
        if elsewhere or not any(tls_deny_covers(s, name) for _, d in policies for s in statements(d)):
            report(
                f"{bucket.name}: no bucket policy statement denies s3:* when aws:SecureTransport is false on the "
                "bucket and its objects; add one (Effect Deny, Principal '*', Action 's3:*', Resource the "
                "bucket ARN and ARN/*, Condition Bool aws:SecureTransport 'false').",
                bucket.urn,
            )
    unseen.raise_if_any()


HTTP_SERVING_HINT = "redirect to HTTPS, or set allowHttp in the policy config for a dev stack"
CLASSIC_TLS_PROTOCOLS = ("HTTPS", "SSL")
OLD_PROTOCOLS = ("Protocol-SSLv2", "Protocol-SSLv3", "Protocol-TLSv1", "Protocol-TLSv1.1")
LISTENER_POLICY = "aws:elb/listenerPolicy:ListenerPolicy"
LOAD_BALANCER_POLICY = "aws:elb/loadBalancerPolicy:LoadBalancerPolicy"
SSL_NEGOTIATION_POLICY = "aws:elb/sslNegotiationPolicy:SslNegotiationPolicy"


def _upper(value: object) -> str | None:
    return value.strip().upper() if isinstance(value, str) and value.strip() else None


def _redirects_to_https(action: object) -> bool:
    return str(dig(action, "type")).lower() == "redirect" and _upper(dig(action, "redirect", "protocol")) == "HTTPS"


def http_default_actions_problem(actions: list[Any]) -> str | None:
    """Why a plain-HTTP listener's default actions serve traffic (None: every one redirects to HTTPS)."""
    if actions and all(_redirects_to_https(a) for a in actions):
        return None
    return "default actions: " + (", ".join(str(dig(a, "type")) for a in actions) or "none")


def rule_serves_traffic(actions: list[Any]) -> list[str]:
    """The action types of a listener rule that serve a request instead of redirecting it."""
    return [str(dig(a, "type")) for a in actions if str(dig(a, "type")).lower() != "redirect"]


def negotiation_refuses_below_tls12(attributes: list[Any]) -> bool:
    """Whether a classic load balancer's SSL negotiation attributes refuse TLS below 1.2: a predefined
    reference policy from the allow-list, or explicit protocols with TLS 1.2 on and every older one off."""
    values = {str(dig(a, "name")): str(dig(a, "value")).lower() for a in attributes}
    if "Reference-Security-Policy" in {str(dig(a, "name")) for a in attributes}:
        reference = next(dig(a, "value") for a in attributes if dig(a, "name") == "Reference-Security-Policy")
        return refuses_below_tls12(reference)
    return values.get("Protocol-TLSv1.2") == "true" and all(values.get(p) != "true" for p in OLD_PROTOCOLS)


def _report_http(name: str, port: object, problem: str, report: ReportViolation, urn: str | None = None) -> None:
    shown = int(port) if isinstance(port, (int, float)) else port
    report(f"{name}: plain HTTP on port {shown} serves traffic ({problem}); {HTTP_SERVING_HINT}.", urn)


def _listener_tls(args: ResourceValidationArgs, report: ReportViolation) -> None:
    allow_http = args.get_config().get("allowHttp", False)
    if args.resource_type == CLASSIC_LOAD_BALANCER:
        for listener in items(args.props.get("listeners")):
            if _upper(dig(listener, "lbProtocol")) == "HTTP" and not allow_http:
                _report_http(args.name, dig(listener, "lbPort"), "a classic load balancer cannot redirect", report)
        return
    if args.resource_type not in LISTENERS:
        return
    protocol = _upper(args.props.get("protocol"))
    if protocol is None:
        return  # the load balancer's type decides (HTTP on an application LB): judged on the stack
    _judge_listener(args.name, args.props, protocol, allow_http, report)


def _judge_listener(
    name: str, props: Mapping[str, Any], protocol: str, allow_http: bool, report: ReportViolation, urn: str | None = None
) -> None:
    if protocol in ("HTTPS", "TLS"):
        ssl_policy = props.get("sslPolicy")
        if not refuses_below_tls12(ssl_policy):
            report(
                f"{name}: sslPolicy is {ssl_policy!r}, which is not one of AWS's TLS 1.2+ "
                f"policies; use {RECOMMENDED_POLICY!r}.",
                urn,
            )
    elif protocol == "HTTP" and not allow_http:
        problem = http_default_actions_problem(items(props.get("defaultActions")))
        if problem:
            _report_http(name, props.get("port"), problem, report, urn)


def _effective_protocol(listener: PolicyResource) -> str | None:
    """A listener's protocol; without one, HTTP on an application load balancer (AWS's default), nothing on a
    network or gateway one (TCP, GENEVE: no TLS to judge)."""
    protocol = _upper(listener.props.get("protocol"))
    if protocol is not None:
        return protocol
    balancers = linked(listener, "loadBalancerArn", LOAD_BALANCERS)
    if balancers:
        kind = str(balancers[0].props.get("loadBalancerType") or "application").lower()
        return "HTTP" if kind == "application" else None
    return "HTTP" if listener.props.get("port") is not None else None  # gateway listeners have no port


def _classic_tls_ports(resources: list[PolicyResource], balancer: PolicyResource) -> set[int]:
    """Ports of a classic load balancer whose SSL negotiation policy refuses TLS below 1.2."""
    good: set[int] = set()
    for policy in of_type(resources, SSL_NEGOTIATION_POLICY):
        if balancer in linked(policy, "loadBalancer", (CLASSIC_LOAD_BALANCER,)) and negotiation_refuses_below_tls12(
            items(policy.props.get("attributes"))
        ):
            good.add(int(policy.props.get("lbPort") or -1))
    for attached in of_type(resources, LISTENER_POLICY):
        if balancer not in linked(attached, "loadBalancerName", (CLASSIC_LOAD_BALANCER,)):
            continue
        for policy in linked(attached, "policyNames", (LOAD_BALANCER_POLICY,)):
            if str(policy.props.get("policyTypeName")) == "SSLNegotiationPolicyType" and negotiation_refuses_below_tls12(
                items(policy.props.get("policyAttributes"))
            ):
                good.add(int(attached.props.get("loadBalancerPort") or -1))
    return good


def _listener_tls_stack(args: StackValidationArgs, report: ReportViolation) -> None:
    allow_http = args.get_config().get("allowHttp", False)
    unseen = Unseen()
    for listener in of_type(args.resources, *LISTENERS):
        if unseen.judge(listener, "protocol", lambda li=listener: _upper(li.props.get("protocol")), "?") is not None:
            continue  # judged on its own
        protocol = unseen.judge(
            listener, "loadBalancerType of its load balancer", lambda li=listener: _effective_protocol(li), None
        )
        if protocol is not None:
            unseen.judge(
                listener,
                "defaultActions",
                lambda li=listener, p=protocol: _judge_listener(li.name, li.props, p, allow_http, report, li.urn),
                None,
            )
    if not allow_http:
        for rule in of_type(args.resources, *LISTENER_RULES):
            for listener in linked(rule, "listenerArn", LISTENERS):
                if unseen.judge(listener, "protocol", lambda li=listener: _effective_protocol(li), None) != "HTTP":
                    continue
                serving = unseen.judge(
                    rule, "actions", lambda r=rule: rule_serves_traffic(items(r.props.get("actions"))), []
                )
                if serving:
                    report(
                        f"{rule.name}: a rule on plain-HTTP listener {listener.name} serves traffic (actions: "
                        f"{', '.join(serving)}); {HTTP_SERVING_HINT}.",
                        rule.urn,
                    )
    for balancer in of_type(args.resources, CLASSIC_LOAD_BALANCER):
        tls_ports = unseen.judge(
            balancer,
            "listeners",
            lambda b=balancer: [
                int(dig(li, "lbPort") or -1)
                for li in items(b.props.get("listeners"))
                if _upper(dig(li, "lbProtocol")) in CLASSIC_TLS_PROTOCOLS
            ],
            [],
        )
        if not tls_ports:
            continue
        good = unseen.judge(
            balancer,
            "its SSL negotiation policies",
            lambda b=balancer: _classic_tls_ports(args.resources, b),
            set(tls_ports),
        )
        for port in sorted(set(tls_ports) - good):
            report(
                f"{balancer.name}: listener on port {port} negotiates with the default policy "
                "(ELBSecurityPolicy-2016-08, TLS 1.0); attach a Reference-Security-Policy from AWS's TLS 1.2+ "
                f"list, such as {RECOMMENDED_POLICY!r} (better: an application load balancer).",
                balancer.urn,
            )
    unseen.raise_if_any()


POLICIES = [
    TypedStackPolicy(
        stack_resource_types=BUCKETS,
        name="s3-encryption-kms",
        tags=["encryption"],
        description="Every bucket has default encryption with SSE-KMS; SSE-S3 is accepted only on buckets that "
        "receive access logs (AWS delivers logs to SSE-S3 buckets only).",
        enforcement_level=EnforcementLevel.MANDATORY,
        severity=Severity.HIGH,
        remediation_steps="Add aws.s3.BucketServerSideEncryptionConfiguration with sse_algorithm='aws:kms' and "
        "kms_master_key_id set to a customer-managed key.",
        validate=_bucket_encryption,
    ),
    TypedResourcePolicy(
        name="s3-replica-kms",
        resource_types=(REPLICATION, *BUCKETS),
        tags=["encryption"],
        description="Replication rules re-encrypt replicas with a KMS key and replicate SSE-KMS objects.",
        enforcement_level=EnforcementLevel.MANDATORY,
        severity=Severity.HIGH,
        remediation_steps="Set destination.encryption_configuration.replica_kms_key_id and "
        "source_selection_criteria.sse_kms_encrypted_objects.status='Enabled'.",
        validate=_replica_reencrypted,
    ),
    TypedResourcePolicy(
        name="kms-key-rotation",
        resource_types=("aws:kms/key:Key",),
        tags=["encryption"],
        description="Symmetric KMS keys rotate automatically (where AWS can rotate them: not asymmetric, HMAC "
        "or custom-key-store keys).",
        enforcement_level=EnforcementLevel.MANDATORY,
        severity=Severity.MEDIUM,
        remediation_steps="Set enable_key_rotation=True on aws.kms.Key.",
        validate=_key_rotation,
    ),
    TypedStackPolicy(
        stack_resource_types=BUCKETS,
        name="s3-tls-only",
        tags=["encryption"],
        description="Every bucket has exactly one bucket policy, and it denies requests not made over TLS to the "
        "bucket and its objects.",
        enforcement_level=EnforcementLevel.MANDATORY,
        severity=Severity.HIGH,
        remediation_steps="Add an aws.s3.BucketPolicy with a Deny of s3:* to Principal '*' when "
        "aws:SecureTransport is 'false'.",
        validate=_tls_only,
    ),
    ResourceAndStackPolicy(
        name="lb-listener-tls",
        resource_types=(*LISTENERS, *LISTENER_RULES, CLASSIC_LOAD_BALANCER),
        tags=["encryption"],
        description="Load-balancer listeners (application, network, classic) use HTTPS/TLS with a security policy "
        "from AWS's TLS 1.2+ list; plain HTTP only redirects to HTTPS, in its default actions and its "
        "listener rules (allowHttp permits it, for dev); TCP/UDP pass-through leaves TLS to the targets.",
        validate_stack=_listener_tls_stack,
        enforcement_level=EnforcementLevel.MANDATORY,
        severity=Severity.HIGH,
        remediation_steps=f"Serve HTTPS with ssl_policy={RECOMMENDED_POLICY!r} and an ACM "
        "certificate; make the port 80 listener a redirect to HTTPS.",
        config_schema=PolicyConfigSchema(properties={"allowHttp": {"type": "boolean", "default": False}}),
        validate=_listener_tls,
    ),
]
