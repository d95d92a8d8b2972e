"""The single place where stack configuration enters the program, in two stages.

1. ``parse_config`` (this module) is a pure function from the raw Pulumi config map
   (``"<namespace>:<key>" -> string``) to a frozen ``StackConfig``. Each tunable key is declared once, as a
   field of ``StackConfig`` made with :func:`setting` (its type is the field's annotation; default, range or
   choices, required and description are the arguments). ``SETTINGS``, the parser and the README's config
   table (:func:`reference_rows`, printed by ``python -m components.config``) all derive from those fields.
   Every problem is reported at once in a ``ConfigError`` before any resource is declared, including keys in a
   namespace that is neither the project's nor a provider's (:func:`namespace_problems`): Pulumi would hand
   them over unread, so a renamed project or a prefix typo would otherwise fall back to defaults silently.
2. ``components.platform.lookup_platform`` runs the checks that need provider lookups: the AZ count against
   the region's zones and the certificate's account against the deploying account. It raises the same
   ``ConfigError``, also before any resource is declared.

``load_config`` reads the live Pulumi config and runs stage 1.
"""

from __future__ import annotations

import dataclasses
import difflib
import ipaddress
import json
import re
import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType
from typing import Any

import pulumi
from starter_shared.facts import (
    PRODUCTION_ENVIRONMENTS,
    PROVIDER_NAMESPACES,
    REGION_PATTERN,
    REQUIRED_TAGS,
    partition_of,
)
from starter_shared.iam_names import TemplateIamNames, iam_name_problems, template_iam_names
from starter_shared.networks import EVERYWHERE

from components.network import MAX_AZS, MAX_VPC_PREFIX, MIN_SUBNET_PREFIX, NatMode

_REGION = REGION_PATTERN
_INSTANCE_TYPE = re.compile(r"^[a-z][a-z0-9-]*\d[a-z0-9-]*\.[a-z0-9]+$")
# Graviton families carry a "g" right after the generation digit (t4g, m7gd, c6gn, im4gn, is4gen, g5g); a1 is the first.
_GRAVITON_FAMILY = re.compile(r"^([a-z]+\d+g[a-z]*|a1)$")
_HEALTH_PATH = re.compile(r"^/[A-Za-z0-9._~/-]{0,254}$")
_S3_PREFIX = re.compile(r"^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*/$")
_ACM_ARN = re.compile(r"^arn:aws(-cn|-us-gov)?:acm:(?P<region>[a-z0-9-]+):\d{12}:certificate/[0-9a-f-]{36}$")
_HOSTNAME = re.compile(r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")
CDN_CERTIFICATE_REGION = "us-east-1"
"""CloudFront reads viewer certificates from ACM in us-east-1 only."""
MIN_ORIGIN_SECRET = 32
"""Characters of the origin header secret: long enough that guessing it is no way past CloudFront."""
LOG_RETENTION_DAYS = (
    1,
    3,
    5,
    7,
    14,
    30,
    60,
    90,
    120,
    150,
    180,
    365,
    400,
    545,
    731,
    1096,
    1827,
    2192,
    2557,
    2922,
    3288,
    3653,
)
"""The retention periods CloudWatch Logs accepts (0, never expire, is refused here): what the installed
pulumi-aws documents for ``LogGroup.retention_in_days`` (tests/test_edge.py fails when an upgrade changes it)."""
# One address, no display name: what SNS's email protocol accepts as an endpoint.
_EMAIL = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
_PLACEHOLDER = re.compile(r"\$\{[^}]*\}")
"""A template placeholder such as ``${PROJECT}`` that nobody replaced."""
_PRIVATE_V4 = tuple(ipaddress.IPv4Network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"))

Check = Callable[[Any], list[tuple[Any, str]]]
"""A one-key format check: the parsed value → (offending value, what is expected) for each problem."""


class ConfigError(pulumi.RunError):
    """Raised when stack config is invalid; the message is one line listing every problem."""

    def __init__(self, stack: str, problems: list[str]) -> None:
        self.problems = list(problems)
        noun = "problem" if len(problems) == 1 else "problems"
        super().__init__(f"invalid config for stack '{stack}' ({len(problems)} {noun}): " + "; ".join(problems))


# -- one-key format checks -----------------------------------------------------------------------------------


def _expect(valid: Callable[[Any], object], expected: str) -> Check:
    return lambda value: [] if valid(value) else [(value, expected)]


def _vpc_cidr_problems(cidr: str) -> list[tuple[Any, str]]:
    try:
        network = ipaddress.ip_network(cidr, strict=True)
    except ValueError:
        return [(cidr, "an IPv4 network such as 10.0.0.0/16 with its host bits zero")]
    if not isinstance(network, ipaddress.IPv4Network):
        return [(cidr, "an IPv4 network (the VPC's primary range)")]
    if not any(network.subnet_of(private) for private in _PRIVATE_V4):
        return [(cidr, "a private RFC 1918 range (10/8, 172.16/12 or 192.168/16)")]
    if not 16 <= network.prefixlen <= MAX_VPC_PREFIX:
        return [
            (cidr, f"a prefix from /16 to /{MAX_VPC_PREFIX}, large enough for 16 subnets of /{MIN_SUBNET_PREFIX} or more")
        ]
    return []


def _cidr_list_problems(cidrs: list[str]) -> list[tuple[Any, str]]:
    found: list[tuple[Any, str]] = [] if cidrs else [(cidrs, "at least one CIDR")]
    for cidr in cidrs:
        try:
            ipaddress.ip_network(cidr, strict=True)
        except ValueError:
            found.append((cidr, "a CIDR such as 203.0.113.0/24 or 2001:db8::/32 with its host bits zero"))
    return found


def _email_list_problems(emails: list[str]) -> list[tuple[Any, str]]:
    found: list[tuple[Any, str]] = [(e, "an email address such as ops@example.com") for e in emails if not _EMAIL.match(e)]
    if len({e.lower() for e in emails}) != len(emails):
        found.append((emails, "each address once"))
    return found


# -- the declaration -----------------------------------------------------------------------------------------

_REQUIRED = object()


def setting(
    description: str,
    default: Any = _REQUIRED,
    *,
    value_range: tuple[int, int] | None = None,
    choices: tuple[str, ...] | None = None,
    check: Check | None = None,
    secret: bool = False,
) -> Any:
    """Declare a ``StackConfig`` field as a config key (its camelCase name). Without ``default`` it is required;
    the field's annotation gives its type; ``value_range`` and ``choices`` are checked and documented."""
    return dataclasses.field(
        metadata={
            "setting": {
                "description": description,
                "default": default,
                "value_range": value_range,
                "choices": choices,
                "check": check,
                "secret": secret,
            }
        }
    )


@dataclass(frozen=True, kw_only=True)
class StackConfig:
    """Validated, typed configuration of one stack. Built only by ``parse_config``."""

    project: str
    stack: str
    primary_region: str
    """``aws:region``."""
    tags: Mapping[str, str]
    """``aws:defaultTags.tags``, with every required tag."""
    is_production: bool
    """The Environment tag names a production environment: decided once, here."""

    replica_region: str = setting(
        "Region of the replica bucket and key; must differ from aws:region.",
        check=_expect(_REGION.match, "an AWS region name such as eu-central-1"),
    )
    vpc_cidr: str = setting(
        f"Private IPv4 range of the VPC, /16 to /{MAX_VPC_PREFIX} (16 subnet slots).",
        "10.0.0.0/16",
        check=_vpc_cidr_problems,
    )
    az_count: int = setting("Availability zones to spread subnets over", 2, value_range=(2, MAX_AZS))
    nat_mode: NatMode = setting(  # noqa: RUF009 (setting() returns a dataclasses.field)
        "NAT gateways (none: SSM endpoints instead)", NatMode.SINGLE.value
    )
    instance_type: str = setting(
        "EC2 instance type of the web tier.",
        "t4g.small",
        check=_expect(_INSTANCE_TYPE.match, "an EC2 instance type such as t4g.small"),
    )
    architecture: str = setting("CPU architecture matching instanceType", "arm64", choices=("arm64", "x86_64"))
    min_size: int = setting("Auto-scaling group minimum size (at least 2 in production).", 1)
    desired_capacity: int = setting("Initial desired capacity, between minSize and maxSize.", 1)
    max_size: int = setting("Auto-scaling group maximum size", 2, value_range=(1, 100))
    cpu_target_utilization: int = setting("Target average CPU % for the scaling policy", 50, value_range=(10, 90))
    root_volume_size_gb: int = setting("Encrypted gp3 root volume size in GiB", 20, value_range=(8, 1024))
    health_check_path: str = setting(
        "Path the target group health check requests.",
        "/health",
        check=_expect(
            lambda p: bool(_HEALTH_PATH.match(p)) and ".." not in p,
            "an absolute URL path such as /health (letters, digits, ._~/-)",
        ),
    )
    certificate_arn: str | None = setting(
        "ACM certificate in aws:region; enables HTTPS and the redirect.",
        None,
        check=_expect(_ACM_ARN.match, "an ACM certificate ARN"),
    )
    allowed_cidrs: tuple[str, ...] = setting(
        "CIDRs (IPv4 or IPv6) allowed to reach 80/443.", ("0.0.0.0/0",), check=_cidr_list_problems
    )
    deletion_protection: bool = setting("Load balancer deletion protection.", False)
    protect_data: bool = setting("protect + retainOnDelete on buckets and KMS keys.", False)
    noncurrent_version_days: int = setting("Days before noncurrent object versions expire", 30, value_range=(1, 3650))
    access_log_retention_days: int = setting("Days load-balancer access logs are kept", 90, value_range=(1, 3650))
    app_data_prefix: str = setting(
        "Key prefix the instance role may read and write.",
        "app/",
        check=_expect(_S3_PREFIX.match, "a relative key prefix ending in '/', such as app/"),
    )
    # -- the edge: WAF in front of the load balancer, an optional CloudFront distribution in front of both ------
    waf: bool = setting("WAFv2 web ACL on the load balancer (AWS managed rules, rate limit, logging).", False)
    waf_rate_limit: int = setting(
        "Requests per client IP per 5 minutes before the WAF blocks it", 2000, value_range=(10, 2_000_000_000)
    )
    waf_log_retention_days: int = setting(
        "Days WAF (and CloudFront) logs are kept in CloudWatch Logs; a value CloudWatch accepts.",
        90,
        check=_expect(lambda d: d in LOG_RETENTION_DAYS, "one of " + ", ".join(map(str, LOG_RETENTION_DAYS))),
    )
    cdn: bool = setting("CloudFront distribution in front of the load balancer, which then accepts only CloudFront.", False)
    cdn_origin_secret: str | None = setting(
        f"Secret header value CloudFront sends and the load balancer requires; required with cdn (set it with "
        f"`pulumi config set --secret`, {MIN_ORIGIN_SECRET}+ characters).",
        None,
        check=_expect(
            lambda v: len(v) >= MIN_ORIGIN_SECRET and v.isprintable(), f"{MIN_ORIGIN_SECRET}+ printable characters"
        ),
        secret=True,
    )
    cdn_certificate_arn: str | None = setting(
        f"ACM certificate in {CDN_CERTIFICATE_REGION} for cdnAliases (TLSv1.2_2021 to viewers); required with cdn in "
        "production.",
        None,
        check=_expect(_ACM_ARN.match, "an ACM certificate ARN"),
    )
    cdn_aliases: tuple[str, ...] = setting(
        "Host names the distribution serves with cdnCertificateArn.",
        (),
        check=lambda names: [(n, "a lower-case DNS name such as www.example.com") for n in names if not _HOSTNAME.match(n)],
    )
    cdn_origin_domain: str | None = setting(
        "Name in certificateArn that resolves to the load balancer; CloudFront connects to it over HTTPS.",
        None,
        check=_expect(_HOSTNAME.match, "a lower-case DNS name such as origin.example.com"),
    )
    # -- operations: alarm topic, audit trail, flow logs, budget, data access logs --------------------------------
    alarm_emails: tuple[str, ...] = setting(
        "Email addresses subscribed to the alarm topic (each confirms by email); at least one in production.",
        (),
        check=_email_list_problems,
    )
    audit_trail: bool = setting(
        "A multi-region CloudTrail trail with its own bucket and key; false where an organisation trail records "
        "the account.",
        True,
    )
    trail_retention_days: int = setting("Days CloudTrail log files are kept", 365, value_range=(1, 3650))
    flow_logs: bool = setting("VPC flow logs to a KMS-encrypted CloudWatch log group.", True)
    flow_log_retention_days: int = setting(
        "Days VPC flow logs are kept (a CloudWatch Logs retention period such as 7, 30, 90 or 365).",
        30,
        check=_expect(LOG_RETENTION_DAYS.__contains__, f"one of {', '.join(map(str, LOG_RETENTION_DAYS))}"),
    )
    monthly_budget_usd: int | None = setting(
        "Monthly AWS Budgets cost limit (USD) over the Project tag, alerting the alarm topic; required in production",
        None,
        value_range=(1, 10_000_000),
    )
    data_access_logs: bool = setting("S3 server access logging of the data buckets into per-region log buckets.", True)
    emulator: bool = setting(
        "Deploying to moto (the local stack): declare only replication settings it round-trips. Not in production.", False
    )

    @property
    def https_enabled(self) -> bool:
        return self.certificate_arn is not None

    @property
    def ops_name(self) -> str:
        """``<project>-<stack>``: the pinned names of the trail and the flow-log group start with it."""
        return f"{self.project}-{self.stack}"

    @property
    def iam_names(self) -> TemplateIamNames:
        """The stack's pinned role and instance-profile names (the bootstrap grants IAM writes on exactly these)."""
        return template_iam_names(self.project, self.stack)


@dataclass(frozen=True)
class Setting:
    """One tunable key in the project namespace, derived from its ``StackConfig`` field."""

    key: str
    field: str
    kind: str  # "string" | "integer" | "boolean" | "list of strings"
    default: Any
    description: str
    required: bool
    value_range: tuple[int, int] | None
    choices: tuple[str, ...] | None
    check: Check | None
    convert: Callable[[Any], Any]
    secret: bool = False
    """A value problems never echo (set it with ``pulumi config set --secret``)."""

    @property
    def meaning(self) -> str:
        """The README's description: the declared text, then the range or the choices."""
        extra = ""
        if self.value_range:
            extra = f", {self.value_range[0]} to {self.value_range[1]}"
        elif self.choices:
            extra = ", " + _choices_text(self.choices)
        return self.description.rstrip(".") + extra + "." if extra else self.description


def _choices_text(choices: tuple[str, ...]) -> str:
    return " or ".join(choices) if len(choices) == 2 else "one of " + ", ".join(choices)


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


def _derive_settings() -> tuple[Setting, ...]:
    hints = typing.get_type_hints(StackConfig)
    derived = []
    for f in dataclasses.fields(StackConfig):
        if "setting" not in f.metadata:
            continue
        spec = dict(f.metadata["setting"])
        hint = hints[f.name]
        if isinstance(hint, types.UnionType):  # X | None -> X
            hint = next(a for a in typing.get_args(hint) if a is not type(None))
        base = hint
        choices, convert = spec.pop("choices"), (lambda value: value)
        if isinstance(base, type) and issubclass(base, StrEnum):
            choices, convert = tuple(m.value for m in base), base
        elif typing.get_origin(base) is tuple:
            convert = tuple
        kind = {bool: "boolean", int: "integer", str: "string"}.get(base) or ("string" if choices else "list of strings")
        default = spec.pop("default")
        required = default is _REQUIRED
        derived.append(
            Setting(
                key=_camel(f.name),
                field=f.name,
                kind=kind,
                default=None if required else default,
                required=required,
                choices=choices,
                convert=convert,
                **spec,
            )
        )
    return tuple(derived)


SETTINGS: tuple[Setting, ...] = _derive_settings()
_BY_KEY = {s.key: s for s in SETTINGS}


def _show_default(s: Setting) -> str:
    if s.required:
        return "(required)"
    if s.default is None:
        return "(none)"
    if isinstance(s.default, bool):
        return str(s.default).lower()
    if isinstance(s.default, tuple):
        return json.dumps(list(s.default))
    return str(s.default)


def reference_rows(namespace: str) -> list[str]:
    """The README config table's rows for the project keys, derived from ``SETTINGS``."""
    return [f"| `{namespace}:{s.key}` | {s.kind} | {_show_default(s)} | {s.meaning} |" for s in SETTINGS]


# -- the parser ----------------------------------------------------------------------------------------------


class _Problems:
    """Collects problems; each message names the key, the bad value and what is expected."""

    def __init__(self, namespace: str) -> None:
        self.namespace = namespace
        self.items: list[str] = []
        self.bad: set[str] = set()
        """Keys whose own value is invalid: cross-key checks skip them."""

    def add(self, key: str, value: Any, expected: str, secret: bool = False) -> None:
        shown = "missing" if value is _MISSING else "got a value (not shown: secret)" if secret else f"got {_show(value)}"
        self.items.append(f"{key}: {shown}, expected {expected}")

    def qualified(self, key: str) -> str:
        return f"{self.namespace}:{key}"


_MISSING = object()


def _show(value: Any) -> str:
    return (
        json.dumps(value)
        if isinstance(value, (str, list, dict))
        else str(value).lower()
        if isinstance(value, bool)
        else str(value)
    )


def _as_int(raw: Any) -> int | None:
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        return raw
    if isinstance(raw, str) and re.fullmatch(r"-?\d+", raw.strip()):
        return int(raw)
    return None


def _as_bool(raw: Any) -> bool | None:
    if isinstance(raw, bool):
        return raw
    if isinstance(raw, str) and raw.strip().lower() in ("true", "false"):
        return raw.strip().lower() == "true"
    return None


def _as_json(raw: Any) -> Any:
    if isinstance(raw, str):
        try:
            return json.loads(raw)
        except ValueError:
            return _MISSING
    return raw


def _as_str_list(raw: Any) -> list[str] | None:
    value = _as_json(raw)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return value
    return None


_PARSERS: dict[str, tuple[Callable[[Any], Any], str]] = {
    "integer": (_as_int, "an integer"),
    "boolean": (_as_bool, "true or false"),
    "list of strings": (_as_str_list, "a list of strings"),
    "string": (lambda raw: raw if isinstance(raw, str) and raw.strip() else None, "a non-empty string"),
}


def _read_setting(s: Setting, values: Mapping[str, Any], p: _Problems) -> Any:
    """One key: parsed by kind, then checked against its own range, choices and format."""
    full_key = p.qualified(s.key)
    raw = values.get(full_key, _MISSING)
    parse, expected = _PARSERS[s.kind]
    if raw is _MISSING or raw is None:
        if s.required:
            p.add(full_key, _MISSING, f"{expected} ({s.description})")
            p.bad.add(s.key)
        return s.default
    parsed = parse(raw)
    if parsed is None:
        p.add(full_key, raw, expected, s.secret)
        p.bad.add(s.key)
        return None
    found: list[tuple[Any, str]] = []
    if s.value_range and not s.value_range[0] <= parsed <= s.value_range[1]:
        found.append((parsed, f"an integer from {s.value_range[0]} to {s.value_range[1]}"))
    if s.choices and parsed not in s.choices:
        found.append((parsed, _choices_text(s.choices)))
    if s.check and not found:
        found = s.check(parsed)
    for value, expectation in found:
        p.add(full_key, value, expectation, s.secret)
        p.bad.add(s.key)
    return parsed


def parse_config(values: Mapping[str, Any], project: str, stack: str) -> StackConfig:
    """Validate a raw Pulumi config map (``"<namespace>:<key>"`` → value) into a ``StackConfig``.

    Raises ``ConfigError`` listing every problem found, never a partial result.
    """
    p = _Problems(project)
    p.items += namespace_problems(values, project)
    typed = {s.key: _read_setting(s, values, p) for s in SETTINGS}

    for full_key in sorted(values):
        namespace, _, key = full_key.partition(":")
        if namespace == project and key not in _BY_KEY:
            close = difflib.get_close_matches(key, list(_BY_KEY), n=1)
            hint = f"did you mean {project}:{close[0]}?" if close else f"one of {', '.join(_BY_KEY)}"
            p.items.append(f"{full_key}: unknown key, expected {hint}")

    region = values.get("aws:region")
    if not isinstance(region, str) or not _REGION.match(region):
        p.add("aws:region", region if region is not None else _MISSING, "an AWS region name such as eu-west-1")
        region = None
    tags = _check_tags(values.get("aws:defaultTags", _MISSING), p)
    production = tags is not None and tags["Environment"].lower() in PRODUCTION_ENVIRONMENTS

    _check_regions(region, typed, p)
    _check_compute(typed, production, p)
    _check_edge(region, typed, production, p)
    _check_cdn(values, typed, production, p)
    _check_operations(typed, production, p)
    if typed["emulator"] is True and production:
        p.add(p.qualified("emulator"), True, "false in production (it drops replication settings AWS needs)")
    for what, name, expected in iam_name_problems(template_iam_names(project, stack)):
        p.add(what, name, expected)

    if p.items:
        raise ConfigError(stack, p.items)
    assert region is not None and tags is not None  # guaranteed when no problem was recorded
    return StackConfig(
        project=project,
        stack=stack,
        primary_region=region,
        tags=MappingProxyType(dict(tags)),
        is_production=production,
        **{s.field: s.convert(typed[s.key]) for s in SETTINGS},
    )


def namespace_problems(values: Mapping[str, Any], project: str) -> list[str]:
    """One problem per namespace that is neither the project's nor a provider's (``PROVIDER_NAMESPACES``).

    Pulumi hands a program every key of its stack file; a key in a foreign namespace is never read, so a
    project renamed without its stack files (``pulumi new --name``) or a typo in a prefix would silently fall
    back to defaults. A near-miss of the project or a provider namespace gets a did-you-mean; anything else is
    taken for another project's prefix, fixed by ``make rename``."""
    foreign: dict[str, list[str]] = {}
    for full_key in sorted(values):
        namespace, sep, _ = full_key.partition(":")
        if sep and namespace != project and namespace not in PROVIDER_NAMESPACES:
            foreign.setdefault(namespace, []).append(full_key)
    found = []
    known = sorted({project, *PROVIDER_NAMESPACES})
    for namespace, keys in foreign.items():
        first, others = keys[0], len(keys) - 1
        named = f"{first}" + (f" (and {others} more {namespace}: key{'s' if others > 1 else ''})" if others else "")
        close = difflib.get_close_matches(namespace, known, n=1, cutoff=0.75)
        if close:
            fixed = close[0] + first[len(namespace) :]
            found.append(f"{named}: unknown namespace {namespace}; did you mean {fixed}?")
        else:
            found.append(
                f"{named}: belongs to another project; this project is {project}: run "
                f"`make rename` (rewrites the {namespace}: prefix in every stack file) or rename the key"
            )
    return found


# -- checks across keys --------------------------------------------------------------------------------------


def _check_tags(raw: Any, p: _Problems) -> dict[str, str] | None:
    expected = f"an object {{tags: {{...}}}} with the required tags {', '.join(REQUIRED_TAGS)}"
    value = _as_json(raw) if raw is not _MISSING else _MISSING
    if value is _MISSING or not isinstance(value, dict) or not isinstance(value.get("tags"), dict):
        p.add("aws:defaultTags", raw, expected)
        return None
    tags = value["tags"]
    ok = True
    for name in REQUIRED_TAGS:
        tag = tags.get(name, _MISSING)
        if not isinstance(tag, str) or not tag.strip():
            p.add(f"aws:defaultTags.tags.{name}", tag, "a non-empty string (required tag)")
            ok = False
    for name, tag in tags.items():
        if isinstance(tag, str) and _PLACEHOLDER.search(tag):
            p.add(f"aws:defaultTags.tags.{name}", tag, "a value of yours, not an unreplaced template placeholder")
            ok = False
    return {str(k): str(v) for k, v in tags.items()} if ok else None


def _check_regions(region: str | None, typed: dict[str, Any], p: _Problems) -> None:
    replica = typed["replicaRegion"]
    if "replicaRegion" in p.bad or region is None:
        return
    if replica == region:
        p.add(p.qualified("replicaRegion"), replica, f"a region other than aws:region ({region})")
    elif partition_of(replica) != partition_of(region):
        p.add(
            p.qualified("replicaRegion"),
            replica,
            f"a region in aws:region's partition ({partition_of(region)}); S3 cannot replicate across partitions",
        )


def _check_compute(typed: dict[str, Any], production: bool, p: _Problems) -> None:
    itype, arch = typed["instanceType"], typed["architecture"]
    if not {"instanceType", "architecture"} & p.bad:
        family_arch = "arm64" if _GRAVITON_FAMILY.match(itype.split(".")[0]) else "x86_64"
        if family_arch != arch:
            p.add(p.qualified("architecture"), arch, f"{family_arch} to match instanceType {itype}")

    sizes = [typed[k] for k in ("minSize", "desiredCapacity", "maxSize")]
    if all(isinstance(s, int) for s in sizes):
        low, desired, high = sizes
        floor = 2 if production else 0
        if low < floor:
            why = " in production (an instance in at least two AZs)" if production else ""
            p.add(p.qualified("minSize"), low, f"at least {floor}{why}")
        if low > high:
            p.add(p.qualified("minSize"), low, f"at most maxSize ({high})")
        elif not low <= desired <= high:
            p.add(p.qualified("desiredCapacity"), desired, f"between minSize ({low}) and maxSize ({high})")


def _check_edge(region: str | None, typed: dict[str, Any], production: bool, p: _Problems) -> None:
    cert = typed["certificateArn"]
    if isinstance(cert, str) and "certificateArn" not in p.bad:
        match = _ACM_ARN.match(cert)
        if region and match and match["region"] != region:
            p.add(p.qualified("certificateArn"), cert, f"a certificate in aws:region ({region}), as ALBs require")

    cidrs = typed["allowedCidrs"]
    if not isinstance(cidrs, list) or not production or isinstance(cert, str):
        return
    world = []
    for cidr in cidrs:
        try:
            if ipaddress.ip_network(cidr, strict=True) in EVERYWHERE:
                world.append(cidr)
        except ValueError:
            continue  # reported by the key's own check
    if world:
        p.add(
            p.qualified("allowedCidrs"),
            str(ipaddress.ip_network(world[0])),
            "no world-open CIDR in production without certificateArn (plain HTTP to the internet)",
        )


def _check_cdn(values: Mapping[str, Any], typed: dict[str, Any], production: bool, p: _Problems) -> None:
    """What a distribution needs from the other keys; every cdn* key is refused without cdn (never ignored)."""
    cdn_keys = ("cdnOriginSecret", "cdnCertificateArn", "cdnAliases", "cdnOriginDomain")
    if typed["cdn"] is not True:
        for key in cdn_keys:
            if typed[key] and key not in p.bad:
                p.add(
                    p.qualified(key), typed[key], "unset without cdn: true (nothing would use it)", key == "cdnOriginSecret"
                )
        return
    if typed["cdnOriginSecret"] is None:
        p.add(
            p.qualified("cdnOriginSecret"),
            _MISSING,
            'a secret with cdn: true (`pulumi config set --secret cdnOriginSecret "$(openssl rand -hex 32)"`)',
        )
    if p.qualified("allowedCidrs") in values:
        p.add(
            p.qualified("allowedCidrs"),
            typed["allowedCidrs"],
            "unset with cdn: true (the load balancer accepts only CloudFront)",
        )
    cert, aliases = typed["cdnCertificateArn"], typed["cdnAliases"]
    if isinstance(cert, str) and "cdnCertificateArn" not in p.bad:
        match = _ACM_ARN.match(cert)
        if match and match["region"] != CDN_CERTIFICATE_REGION:
            p.add(
                p.qualified("cdnCertificateArn"), cert, f"a certificate in {CDN_CERTIFICATE_REGION}, as CloudFront requires"
            )
        if not aliases and "cdnAliases" not in p.bad:
            p.add(p.qualified("cdnAliases"), [], "at least one host name the certificate covers")
    elif aliases and "cdnAliases" not in p.bad:
        p.add(
            p.qualified("cdnAliases"),
            list(aliases),
            "unset without cdnCertificateArn (CloudFront serves aliases only with one)",
        )
    if production:
        if cert is None:
            p.add(
                p.qualified("cdnCertificateArn"),
                _MISSING,
                "a certificate with cdn in production (the default "
                "*.cloudfront.net certificate lets viewers negotiate TLSv1)",
            )
        if typed["certificateArn"] is None:
            p.add(
                p.qualified("certificateArn"),
                _MISSING,
                "a certificate with cdn in production (CloudFront reaches the "
                "load balancer over HTTPS, so the origin secret never crosses the internet in clear)",
            )
    if typed["certificateArn"] is not None and typed["cdnOriginDomain"] is None:
        p.add(
            p.qualified("cdnOriginDomain"),
            _MISSING,
            "the name certificateArn covers, resolving to the load balancer "
            "(CloudFront checks the origin's certificate against it)",
        )
    elif typed["certificateArn"] is None and typed["cdnOriginDomain"] is not None:
        p.add(
            p.qualified("cdnOriginDomain"),
            typed["cdnOriginDomain"],
            "unset without certificateArn (CloudFront reaches the load balancer's own DNS name over HTTP)",
        )


def _check_operations(typed: dict[str, Any], production: bool, p: _Problems) -> None:
    """Production must tell someone: alarms need a subscriber and spend needs a budget."""
    if not production:
        return
    if "alarmEmails" not in p.bad and not typed["alarmEmails"]:
        p.add(p.qualified("alarmEmails"), [], "at least one address in production (alarms that notify nobody)")
    if "monthlyBudgetUsd" not in p.bad and typed["monthlyBudgetUsd"] is None:
        p.add(p.qualified("monthlyBudgetUsd"), _MISSING, "a monthly cost limit in USD in production")


def _runtime_config() -> dict[str, Any]:
    """Every config value the engine gave this run (``PULUMI_CONFIG`` and values set in-process)."""
    from pulumi.runtime import config as runtime_config

    merged: dict[str, Any] = dict(runtime_config.get_config_env())
    merged.update(runtime_config.CONFIG.get())
    return merged


def load_config() -> StackConfig:
    """Read this run's Pulumi config and validate it; raises ``ConfigError`` (a ``pulumi.RunError``)."""
    return parse_config(_runtime_config(), pulumi.get_project(), pulumi.get_stack())


def _project_name() -> str:
    """The ``name:`` in this program's Pulumi.yaml (the config namespace), read without a YAML parser."""
    from pathlib import Path

    text = (Path(__file__).resolve().parents[1] / "Pulumi.yaml").read_text(encoding="utf-8")
    match = re.search(r"^name:\s*['\"]?([^'\"\s#]+)", text, flags=re.M)
    if match is None:
        raise SystemExit("components.config: Pulumi.yaml has no name")
    return match[1]


if __name__ == "__main__":  # regenerate the README's config table: python -m components.config [namespace]
    import sys

    print("\n".join(reference_rows(sys.argv[1] if len(sys.argv) > 1 else _project_name())))
