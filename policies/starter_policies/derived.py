"""Table-driven rules: encryption at rest and in transit, public exposure, public resource policies, plaintext
secrets and privileged containers for EVERY pulumi-aws resource type, from the generated table
(``starter_shared.security_inputs``) and its checked-in classification (``starter_shared.security_classification``).

A fork that adds a service the template never built is judged with no new rule: the generator finds the service's
security inputs by name, type and docstring, and an upgrade that adds an unclassified row fails a test. Rows an
existing specific rule judges (RDS, EBS, EFS, DynamoDB, S3, SQS, SNS, logs, listeners, key/queue/topic policies)
are classified to that rule and skipped here, so nothing is reported twice.

Every judgement is a pure function of one resource's inputs (wire names). A value the engine does not know yet
(preview) is never a violation: it is named in the runtime's advisory "can't run policy ... during preview"."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from pulumi_policy import EnforcementLevel, PolicyConfigSchema, ResourceValidationArgs, Severity
from pulumi_policy.proxy import UnknownValueError
from starter_shared import iam_documents as docs
from starter_shared.security_classification import (
    AT_REST,
    EXPOSURE,
    IN_TRANSIT,
    PRIVILEGED,
    RESOURCE_POLICY,
    SECRETS,
    Judged,
    verdict,
)
from starter_shared.security_inputs import SECURITY_INPUTS

from starter_policies.common import ReportViolation, TypedResourcePolicy, given, is_false, is_true, preview_error
from starter_policies.iam import plain

OPEN_CIDRS = ("0.0.0.0/0", "::/0")


@dataclass(frozen=True)
class Check:
    path: tuple[str, ...]
    kind: str
    spec: Judged

    @property
    def label(self) -> str:
        return ".".join(self.path)


def _checks() -> dict[str, dict[str, list[Check]]]:
    """rule -> type -> the checks the table and its classification give that rule."""
    found: dict[str, dict[str, list[Check]]] = defaultdict(lambda: defaultdict(list))
    for token, path, family, kind in SECURITY_INPUTS:
        spec = verdict(token, path, family, kind)
        if not isinstance(spec, Judged) or spec.via is not None:
            continue
        check = Check(tuple(path.split(".")), kind, spec)
        found[spec.rule][token].append(check)
        if kind == "container-json":
            found[PRIVILEGED][token].append(Check(check.path, "privileged", Judged(PRIVILEGED)))
    return {rule: dict(types) for rule, types in found.items()}


CHECKS = _checks()
ABSENT = object()


def _raw(value: Any) -> Any:
    """The plain value behind the policy runtime's proxy (unknowns become ``docs.UNKNOWN``)."""
    return plain(value)


def values_at(props: Any, path: Sequence[str]) -> list[Any]:
    """Every value at ``path``, walking list blocks element by element; ``[ABSENT]`` when none is set."""
    level: list[Any] = [props]
    for step in path:
        following: list[Any] = []
        for value in level:
            if isinstance(value, Mapping):
                following.append(value.get(step))
            elif isinstance(value, Sequence) and not isinstance(value, str):
                following += [v.get(step) if isinstance(v, Mapping) else None for v in value]
        level = following
    found = [v for v in level if v is not None]
    return found or [ABSENT]


def _sibling(props: Any, path: str) -> list[Any]:
    return [v for v in values_at(props, path.split(".")) if v is not ABSENT]


def _moot(props: Any, spec: Judged) -> bool:
    """Whether the row does not apply: its ``when`` sibling does not hold one of the values that make it matter
    (cache encryption while caching is off)."""
    if spec.when is None:
        return False
    path, values = spec.when
    return not any(str(v).strip().lower() in values for v in _sibling(props, path))


def _absent_ok(props: Any, spec: Judged) -> bool:
    if spec.absent != "fail" or any(given(props, *path.split(".")) for path in spec.inherits_from):
        return True
    if spec.required_with and not _sibling(props, spec.required_with):
        return True
    if spec.absent_ok_if:
        path, accepted = spec.absent_ok_if
        return any(isinstance(v, str) and v.lower() in accepted for v in _sibling(props, path))
    return False


def _open_cidrs(props: Any, spec: Judged) -> bool:
    """Whether a public endpoint is reachable from anywhere: its CIDR list is absent (AWS: 0.0.0.0/0) or open."""
    if spec.narrowed_by is None:
        return True
    cidrs = _sibling(props, spec.narrowed_by)
    flat = [c for value in cidrs for c in (value if isinstance(value, Sequence) and not isinstance(value, str) else [value])]
    return not flat or any(c in OPEN_CIDRS for c in flat)


def switch_problem(props: Any, check: Check) -> str | None:
    """An on/off protection (encrypted, transitEncryptionEnabled, ...) that is off, or absent where AWS's default
    is off. ``inverted`` switches (encryptionDisabled) protect when false."""
    spec = check.spec
    if _moot(props, spec):
        return None
    for value in values_at(props, check.path):
        if value is ABSENT:
            if not _absent_ok(props, spec):
                return f"{check.label} is not set and AWS's default is off ({spec.why}); set it to true"
        elif spec.inverted and is_true(value):
            return f"{check.label} is {value!r}, which turns protection off ({spec.why}); set it to false"
        elif not spec.inverted and is_false(value):
            return f"{check.label} is {value!r} ({spec.why}); set it to true"
    return None


def value_problem(props: Any, check: Check) -> str | None:
    """A string setting (encryption type, TLS policy, protocol) with a refused value, or absent where AWS's
    default is a refused one."""
    spec = check.spec
    if spec.unless_given and _sibling(props, spec.unless_given):
        return None
    bad = {b.upper() for b in spec.bad}
    for value in values_at(props, check.path):
        if value is ABSENT:
            if not _absent_ok(props, spec):
                return (
                    f"{check.label} is not set and AWS's default is {spec.bad[0] if spec.bad else 'insecure'} ({spec.why})"
                )
        elif isinstance(value, str) and value.strip().upper() in bad:
            return f"{check.label} is {value!r} ({spec.why}); use a value other than {', '.join(spec.bad)}"
        elif isinstance(value, Sequence) and not isinstance(value, str):  # protocols, sharedAccounts
            found = [v for v in value if isinstance(v, str) and v.strip().upper() in bad]
            if found:
                return f"{check.label} holds {found[0]!r} ({spec.why}); remove it"
    return None


def exposure_problem(props: Any, check: Check) -> str | None:
    spec = check.spec
    for value in values_at(props, check.path):
        opened = is_false(value) if spec.inverted else is_true(value)  # inverted: a guard (blockPublic...) turned off
        public = opened or (value is ABSENT and not _absent_ok(props, spec))
        if public and _open_cidrs(props, spec):
            shown = "not set (AWS's default is public)" if value is ABSENT else repr(value)
            extra = f" and {spec.narrowed_by} lets 0.0.0.0/0 in" if spec.narrowed_by else ""
            return f"{check.label} is {shown}{extra} ({spec.why}); make it private" + (
                f" or limit {spec.narrowed_by} to your ranges" if spec.narrowed_by else ""
            )
    return None


def policy_problems(props: Any, check: Check, unseen: list[str]) -> list[str]:
    """A resource policy that lets anyone in (``iam_documents.anonymous_problems``: Principal '*' without a
    narrowing condition, or NotPrincipal), judged exactly as iam-no-anonymous-principal judges key and queue
    policies."""
    if check.spec.unless_given and _sibling(props, check.spec.unless_given):
        return []
    found = []
    for document in values_at(props, check.path):
        if document is ABSENT:
            continue
        document = _raw(document)
        found += [f"{check.label} {p}" for p in docs.anonymous_problems(document)]
        unseen += [f"{check.label} {where}" for where in docs.unseen(document)]
    return found


_WORDS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
_SECRET_WORDS = {"password", "passwd", "pwd", "secret", "token", "credential", "passphrase"}
_SECRET_PAIRS = {("api", "key"), ("access", "key"), ("private", "key"), ("secret", "key"), ("auth", "key")}
_REFERENCE_SUFFIXES = {
    "arn",
    "id",
    "name",
    "path",
    "param",
    "parameter",
    "url",
    "uri",
    "ttl",
    "seconds",
    "secs",
    "minutes",
    "hours",
    "days",
    "file",
    "ref",
    "version",
    "length",
    "region",
    "endpoint",
    "type",
    "header",
    "prefix",
    "enabled",
    "expiry",
    "timeout",
    "policy",
    "rotation",
    "store",
    "kms",
    "location",
    "source",
    "mode",
    "field",
}


def _singular(word: str) -> str:
    """Plurals name the same secret (``api_keys``) or reference (``SECRET_ARNS``); "access" keeps its double s."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") and len(word) > 3 else word


def secret_name(name: str) -> bool:
    """Whether a variable or parameter name says it holds a secret (``DB_PASSWORD``, ``stripeApiKey``,
    ``/app/db_password``) and is not a reference to one (``DB_PASSWORD_SECRET_ARN``, ``TOKEN_TTL_SECONDS``)."""
    raw = [w.lower() for w in _WORDS.findall(name)]
    words = [_singular(w) for w in raw]
    if not words or {raw[-1], words[-1], raw[-1].removesuffix("s")} & _REFERENCE_SUFFIXES:
        return False
    pairs = set(pairwise(words))
    return bool(_SECRET_WORDS & set(words) or _SECRET_PAIRS & pairs)


def literal_secret(value: Any) -> bool:
    """A value written into the configuration itself, not a reference to a secret store."""
    return (
        isinstance(value, str)
        and value.strip() != ""
        and not value.startswith(("arn:", "{{resolve:"))
        and value is not docs.UNKNOWN
    )


def _env_problems(label: str, pairs: list[tuple[Any, Any]]) -> list[str]:
    return [
        f"{label} {name} holds a literal secret; read it from Secrets Manager or a SecureString parameter at run "
        "time (ECS: the container's `secrets`; Glue: SECRET_ID)"
        for name, value in pairs
        if isinstance(name, str) and secret_name(name) and literal_secret(value)
    ]


def environment_problems(props: Any, check: Check, unseen: list[str]) -> list[str]:
    found = []
    for env in values_at(props, check.path):
        env = _raw(env)
        if env is docs.UNKNOWN:
            unseen.append(check.label)
        elif isinstance(env, Mapping):
            unseen += [f"{check.label}.{k}" for k, v in env.items() if v is docs.UNKNOWN and secret_name(str(k))]
            found += _env_problems(check.label, list(env.items()))
        elif isinstance(env, list):  # CodeBuild: PARAMETER_STORE and SECRETS_MANAGER values are references
            plain_entries = [e for e in env if isinstance(e, Mapping) and str(e.get("type") or "PLAINTEXT") == "PLAINTEXT"]
            found += _env_problems(check.label, [(e.get("name"), e.get("value")) for e in plain_entries])
    return found


def _containers(props: Any, check: Check, unseen: list[str]) -> list[Mapping[str, Any]]:
    """The container definitions of a JSON input: ECS's list of containers, Batch's one container."""
    found: list[Mapping[str, Any]] = []
    for value in values_at(props, check.path):
        value = _raw(value)
        if value is docs.UNKNOWN:
            unseen.append(check.label)
            continue
        if isinstance(value, str):
            try:
                value = json.loads(value)
            except ValueError:
                continue
        found += [c for c in (value if isinstance(value, list) else [value]) if isinstance(c, Mapping)]
    return found


def container_problems(props: Any, check: Check, unseen: list[str]) -> list[str]:
    found = []
    for index, container in enumerate(_containers(props, check, unseen)):
        label = f"{check.label}[{container.get('name', index)}].environment"
        env = container.get("environment")
        pairs = [(e.get("name"), e.get("value")) for e in env if isinstance(e, Mapping)] if isinstance(env, list) else []
        found += _env_problems(label, pairs)
    return found


def privileged_problems(props: Any, check: Check, unseen: list[str]) -> list[str]:
    return [
        f"{check.label}[{c.get('name', i)}] runs privileged (FSBP ECS.4): it gets root on the host; drop "
        "`privileged` and add only the Linux capabilities it needs"
        for i, c in enumerate(_containers(props, check, unseen))
        if is_true(c.get("privileged"))
    ]


def engine_parameter_problems(props: Any, check: Check, unseen: list[str]) -> list[str]:
    """A parameter group setting an engine parameter that turns client TLS off (rds.force_ssl=0, tls=disabled)."""
    refused = {name.lower(): values for name, values in check.spec.bad_parameters}
    found = []
    for parameters in values_at(props, check.path):
        parameters = _raw(parameters)
        if parameters is docs.UNKNOWN:
            unseen.append(check.label)
            continue
        for entry in parameters if isinstance(parameters, list) else []:
            if not isinstance(entry, Mapping) or not isinstance(entry.get("name"), str):
                continue
            name, value = entry["name"], entry.get("value")
            if value is docs.UNKNOWN and name.lower() in refused:
                unseen.append(f"{check.label}[{name}]")
            elif isinstance(value, str) and value.strip().lower() in refused.get(name.lower(), ()):
                found.append(
                    f"{check.label} sets {name}={value!r}, which lets clients connect without TLS ({check.spec.why})"
                )
    return found


def _emr_security_configuration(document: Any) -> list[str]:
    encryption = document.get("EncryptionConfiguration") if isinstance(document, Mapping) else None
    if not isinstance(encryption, Mapping):
        return ["has no EncryptionConfiguration: EMR leaves data at rest and in transit unencrypted"]
    return [
        f"has {switch} {encryption.get(switch)!r}: {what} is not encrypted"
        for switch, what in (("EnableAtRestEncryption", "data at rest"), ("EnableInTransitEncryption", "traffic"))
        if not is_true(encryption.get(switch))
    ]


def _opensearch_serverless_network(document: Any) -> list[str]:
    """Network policies are a list of rule sets; encryption policies (a mapping with AWSOwnedKey) say nothing here."""
    rule_sets = document if isinstance(document, list) else []
    return [
        f"rule set {index} sets AllowFromPublic: true: its collections and dashboards are on the internet"
        for index, rules in enumerate(rule_sets)
        if isinstance(rules, Mapping) and is_true(rules.get("AllowFromPublic"))
    ]


DOCUMENT_JUDGES: dict[str, Callable[[Any], list[str]]] = {
    "emr-security-configuration": _emr_security_configuration,
    "opensearch-serverless-network": _opensearch_serverless_network,
}


def document_problems(props: Any, check: Check, unseen: list[str]) -> list[str]:
    """A JSON-string input in the service's own format (not IAM), parsed and judged by its named judge."""
    judge_document = DOCUMENT_JUDGES[check.spec.document or ""]
    found = []
    for text in values_at(props, check.path):
        text = _raw(text)
        if text is ABSENT:
            continue
        if text is docs.UNKNOWN:
            unseen.append(check.label)
            continue
        try:
            document = json.loads(text) if isinstance(text, str) else text
        except ValueError:
            continue  # the provider refuses malformed JSON itself
        found += [f"{check.label} {problem} ({check.spec.why})" for problem in judge_document(document)]
    return found


def parameter_problem(args: ResourceValidationArgs, check: Check) -> str | None:
    kind = args.props.get("type")
    name = args.props.get("name")
    name = name if isinstance(name, str) else args.name
    if isinstance(kind, str) and kind in ("String", "StringList") and secret_name(name):
        return f"parameter {name!r} is a plain {kind} but its name says it holds a secret; use type 'SecureString'"
    return None


def judge(rule: str, args: ResourceValidationArgs) -> tuple[list[str], list[str]]:
    """(problems, unseen values) of one resource for one generic rule."""
    problems: list[str] = []
    unseen: list[str] = []
    if args.resource_type in args.get_config().get("exemptTypes", []):
        return problems, unseen
    for check in CHECKS.get(rule, {}).get(args.resource_type, []):
        try:
            problems += _run(args, check, unseen)
        except UnknownValueError:
            unseen.append(check.label)
    return problems, unseen


def _run(args: ResourceValidationArgs, check: Check, unseen: list[str]) -> list[str]:
    props = args.props
    if check.spec.document is not None:
        return document_problems(props, check, unseen)
    if check.kind == "parameters":
        return engine_parameter_problems(props, check, unseen)
    single: Callable[[Any, Check], str | None] | None = {
        "switch": exposure_problem if check.spec.rule == EXPOSURE else switch_problem,
        "sources": exposure_problem,  # absent opens it (where required_with is given); a given list narrows it
        "cidrs": value_problem,  # a client list holding an open range (public endpoints' lists are judged via)
        "type": value_problem,
        "tls-policy": value_problem,
        "protocol": value_problem,
        "mode": value_problem,
        "principal": value_problem,
    }.get(check.kind)
    if single is not None:
        problem = single(props, check)
        return [problem] if problem else []
    if check.kind == "document":
        return policy_problems(props, check, unseen)
    if check.kind == "environment":
        return environment_problems(props, check, unseen)
    if check.kind == "container-json":
        return container_problems(props, check, unseen)
    if check.kind == "privileged":
        return privileged_problems(props, check, unseen)
    if check.kind == "parameter-type":
        problem = parameter_problem(args, check)
        return [problem] if problem else []
    return []


def _validate(rule: str) -> Callable[[ResourceValidationArgs, ReportViolation], None]:
    def validate(args: ResourceValidationArgs, report: ReportViolation) -> None:
        problems, unseen = judge(rule, args)
        for problem in problems:
            report(f"{args.name}: {problem}.")
        if unseen:
            raise preview_error(f"{args.name}: {'; '.join(unseen)} not known yet, so not judged")

    return validate


_EXEMPT_TYPES = PolicyConfigSchema(properties={"exemptTypes": {"type": "array", "items": {"type": "string"}, "default": []}})


def _rule(name: str, description: str, severity: Severity, fix: str) -> TypedResourcePolicy:
    return TypedResourcePolicy(
        name=name,
        resource_types=CHECKS.get(name, {}),
        tags=["derived"],
        description=description,
        enforcement_level=EnforcementLevel.MANDATORY,
        severity=severity,
        remediation_steps=fix,
        config_schema=_EXEMPT_TYPES,
        validate=_validate(name),
    )


POLICIES = [
    _rule(
        AT_REST,
        "Every type's encryption-at-rest inputs (from the generated table): never turned off, and set where AWS's "
        "default is plaintext (ElastiCache, Kinesis, DocumentDB, Neptune, DAX, OpenSearch, ...).",
        Severity.HIGH,
        "Turn on the service's encryption at rest (the message names the input); a customer key is optional.",
    ),
    _rule(
        IN_TRANSIT,
        "Every type's encryption-in-transit inputs: TLS/transit switches on, no plaintext client protocols, no "
        "TLS 1.0 security policies.",
        Severity.HIGH,
        "Turn on transit encryption / node-to-node encryption; use TLS-only protocols and TLS 1.2 policies.",
    ),
    _rule(
        EXPOSURE,
        "Every type's public-exposure inputs: not publicly accessible, no public IPs, no public endpoints open to "
        "0.0.0.0/0.",
        Severity.CRITICAL,
        "Keep it private (publicly_accessible=False, endpoint_public_access=False or limited CIDRs).",
    ),
    _rule(
        RESOURCE_POLICY,
        "Every type's resource-based policy (vaults, domains, registries, streams, ...): no Principal '*' without "
        "a condition that pins the caller, no NotPrincipal (the IAM evaluation of iam-no-anonymous-principal).",
        Severity.CRITICAL,
        "Name the principals, or add a Condition on aws:SourceAccount, aws:SourceArn or aws:PrincipalOrgID.",
    ),
    _rule(
        SECRETS,
        "No secret-named value in plain configuration: function and container environments, stage variables, "
        "String SSM parameters.",
        Severity.HIGH,
        "Keep the secret in Secrets Manager or a SecureString parameter; pass its ARN and read it at run time.",
    ),
    _rule(
        PRIVILEGED,
        "Container definitions (ECS task definitions, Batch job definitions) do not run privileged.",
        Severity.HIGH,
        "Drop privileged; add the specific Linux capabilities the container needs.",
    ),
]
