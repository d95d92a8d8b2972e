"""The single place where stack configuration enters the program.

Every key a user can tune is declared once in ``SETTINGS`` (type, default, description); the README's
config reference is checked against that table by a test. ``parse_config`` is a pure function from the
raw Pulumi config map (``"<namespace>:<key>" -> string``) to a frozen ``StackConfig``: it validates
everything and reports every problem at once in a ``ConfigError`` before any resource is declared.
``load_config`` reads the live Pulumi config and calls it.
"""

from __future__ import annotations

import difflib
import ipaddress
import json
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

import pulumi
from starter_shared.facts import PRODUCTION_ENVIRONMENTS, REGION_PATTERN, REQUIRED_TAGS
from starter_shared.networks import EVERYWHERE

from components.network import MAX_AZS, MAX_VPC_PREFIX, NatMode

_REGION = REGION_PATTERN
_INSTANCE_TYPE = re.compile(r"^[a-z][a-z0-9-]*\d[a-z0-9-]*\.[a-z0-9]+$")
# Graviton families carry a "g" right after the generation digit (t4g, m7gd, c6gn, im4gn, is4gen, g5g); a1 is the first.
_GRAVITON_FAMILY = re.compile(r"^([a-z]+\d+g[a-z]*|a1)$")
_HEALTH_PATH = re.compile(r"^/[A-Za-z0-9._~/-]{0,254}$")
_S3_PREFIX = re.compile(r"^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*/$")
_ACM_ARN = re.compile(r"^arn:aws(-cn|-us-gov)?:acm:(?P<region>[a-z0-9-]+):\d{12}:certificate/[0-9a-f-]{36}$")
_PRIVATE_V4 = tuple(ipaddress.ip_network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"))

class ConfigError(pulumi.RunError):
    """Raised when stack config is invalid; the message is one line listing every problem."""

    def __init__(self, stack: str, problems: list[str]) -> None:
        self.problems = list(problems)
        noun = "problem" if len(problems) == 1 else "problems"
        super().__init__(f"invalid config for stack '{stack}' ({len(problems)} {noun}): " + "; ".join(problems))


@dataclass(frozen=True)
class Setting:
    """One tunable key in the project namespace."""

    key: str
    kind: str  # "string" | "integer" | "boolean" | "list of strings"
    default: Any
    description: str


SETTINGS: tuple[Setting, ...] = (
    Setting("replicaRegion", "string", None, "Region of the replica bucket and key; must differ from aws:region."),
    Setting("vpcCidr", "string", "10.0.0.0/16", "Private IPv4 range of the VPC, /16 to /23 (16 subnet slots)."),
    Setting("azCount", "integer", 2, "Availability zones to spread subnets over, 2 to 6."),
    Setting("natMode", "string", "single", "NAT gateways: none (SSM endpoints instead), single, or perAz."),
    Setting("instanceType", "string", "t4g.small", "EC2 instance type of the web tier."),
    Setting("architecture", "string", "arm64", "CPU architecture, arm64 or x86_64; must match instanceType."),
    Setting("minSize", "integer", 1, "Auto-scaling group minimum size (at least 2 in production)."),
    Setting("desiredCapacity", "integer", 1, "Initial desired capacity, between minSize and maxSize."),
    Setting("maxSize", "integer", 2, "Auto-scaling group maximum size, at most 100."),
    Setting("cpuTargetUtilization", "integer", 50, "Target average CPU % for the scaling policy, 10 to 90."),
    Setting("rootVolumeSizeGb", "integer", 20, "Encrypted gp3 root volume size in GiB, 8 to 1024."),
    Setting("healthCheckPath", "string", "/health", "Path the target group health check requests."),
    Setting("certificateArn", "string", None, "ACM certificate in aws:region; enables HTTPS and the redirect."),
    Setting("allowedCidrs", "list of strings", ["0.0.0.0/0"], "CIDRs (IPv4 or IPv6) allowed to reach 80/443."),
    Setting("deletionProtection", "boolean", False, "Load balancer deletion protection."),
    Setting("protectData", "boolean", False, "protect + retainOnDelete on buckets and KMS keys."),
    Setting("noncurrentVersionDays", "integer", 30, "Days before noncurrent object versions expire, 1-3650."),
    Setting("accessLogRetentionDays", "integer", 90, "Days load-balancer access logs are kept, 1-3650."),
    Setting("appDataPrefix", "string", "app/", "Key prefix the instance role may read and write."),
    Setting("emulator", "boolean", False,
            "Deploying to moto (the local stack): declare only replication settings it round-trips. Not in production."),
)
_BY_KEY = {s.key: s for s in SETTINGS}


@dataclass(frozen=True)
class StackConfig:
    """Validated, typed configuration of one stack. Built only by ``parse_config``."""

    project: str
    stack: str
    primary_region: str
    replica_region: str
    tags: Mapping[str, str]
    vpc_cidr: str
    az_count: int
    nat_mode: NatMode
    instance_type: str
    architecture: str
    min_size: int
    desired_capacity: int
    max_size: int
    cpu_target_utilization: int
    root_volume_size_gb: int
    health_check_path: str
    certificate_arn: str | None
    allowed_cidrs: tuple[str, ...]
    deletion_protection: bool
    protect_data: bool
    noncurrent_version_days: int
    access_log_retention_days: int
    app_data_prefix: str
    emulator: bool
    name_prefix: str = field(init=False)

    def __post_init__(self) -> None:
        # Short, DNS-safe prefix for resources whose names AWS limits (ALB and target group names: 32 chars).
        prefix = re.sub(r"[^a-z0-9-]", "-", f"{self.project}-{self.stack}".lower())[:20].strip("-")
        object.__setattr__(self, "name_prefix", prefix)

    @property
    def environment(self) -> str:
        return self.tags["Environment"]

    @property
    def is_production(self) -> bool:
        return self.environment.lower() in PRODUCTION_ENVIRONMENTS

    @property
    def https_enabled(self) -> bool:
        return self.certificate_arn is not None


class _Problems:
    """Collects problems; each message names the key, the bad value and what is expected."""

    def __init__(self, namespace: str) -> None:
        self.namespace = namespace
        self.items: list[str] = []

    def add(self, key: str, value: Any, expected: str) -> None:
        shown = "missing" if value is _MISSING else f"got {_show(value)}"
        self.items.append(f"{key}: {shown}, expected {expected}")

    def qualified(self, key: str) -> str:
        return f"{self.namespace}:{key}"


_MISSING = object()


def _show(value: Any) -> str:
    return json.dumps(value) if isinstance(value, (str, list, dict)) else str(value).lower() if isinstance(
        value, bool) else str(value)


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


def parse_config(values: Mapping[str, Any], project: str, stack: str) -> StackConfig:
    """Validate a raw Pulumi config map (``"<namespace>:<key>"`` → value) into a ``StackConfig``.

    Raises ``ConfigError`` listing every problem found, never a partial result.
    """
    p = _Problems(project)
    typed: dict[str, Any] = {}
    for setting in SETTINGS:
        full_key = p.qualified(setting.key)
        raw = values.get(full_key, _MISSING)
        if raw is _MISSING or raw is None:
            if setting.default is None and setting.key != "certificateArn":
                p.add(full_key, _MISSING, _PARSERS[setting.kind][1] + f" ({setting.description})")
            typed[setting.key] = setting.default
            continue
        parse, expected = _PARSERS[setting.kind]
        parsed = parse(raw)
        if parsed is None:
            p.add(full_key, raw, expected)
        typed[setting.key] = parsed

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

    _check_regions(region, typed, p)
    _check_network(typed, p)
    _check_compute(typed, tags, p)
    _check_edge(region, typed, tags, p)
    _check_storage(typed, p)
    if typed.get("emulator") is True and tags is not None and tags["Environment"].lower() in PRODUCTION_ENVIRONMENTS:
        p.add(p.qualified("emulator"), True, "false in production (it drops replication settings AWS needs)")

    if p.items:
        raise ConfigError(stack, p.items)
    assert region is not None and tags is not None  # guaranteed when no problem was recorded
    return StackConfig(
        project=project,
        stack=stack,
        primary_region=region,
        replica_region=typed["replicaRegion"],
        tags=MappingProxyType(dict(tags)),
        vpc_cidr=typed["vpcCidr"],
        az_count=typed["azCount"],
        nat_mode=NatMode(typed["natMode"]),
        instance_type=typed["instanceType"],
        architecture=typed["architecture"],
        min_size=typed["minSize"],
        desired_capacity=typed["desiredCapacity"],
        max_size=typed["maxSize"],
        cpu_target_utilization=typed["cpuTargetUtilization"],
        root_volume_size_gb=typed["rootVolumeSizeGb"],
        health_check_path=typed["healthCheckPath"],
        certificate_arn=typed["certificateArn"],
        allowed_cidrs=tuple(typed["allowedCidrs"]),
        deletion_protection=typed["deletionProtection"],
        protect_data=typed["protectData"],
        noncurrent_version_days=typed["noncurrentVersionDays"],
        access_log_retention_days=typed["accessLogRetentionDays"],
        app_data_prefix=typed["appDataPrefix"],
        emulator=typed["emulator"],
    )


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
    return {str(k): str(v) for k, v in tags.items()} if ok else None


def _in_range(p: _Problems, typed: dict[str, Any], key: str, low: int, high: int) -> None:
    value = typed.get(key)
    if isinstance(value, int) and not low <= value <= high:
        p.add(p.qualified(key), value, f"an integer from {low} to {high}")


def _check_regions(region: str | None, typed: dict[str, Any], p: _Problems) -> None:
    replica = typed.get("replicaRegion")
    if not isinstance(replica, str):
        return
    if not _REGION.match(replica):
        p.add(p.qualified("replicaRegion"), replica, "an AWS region name such as eu-central-1")
    elif replica == region:
        p.add(p.qualified("replicaRegion"), replica, f"a region other than aws:region ({region})")


def _check_network(typed: dict[str, Any], p: _Problems) -> None:
    _in_range(p, typed, "azCount", 2, MAX_AZS)
    nat = typed.get("natMode")
    if isinstance(nat, str) and nat not in {m.value for m in NatMode}:
        p.add(p.qualified("natMode"), nat, "one of none, single, perAz")
    cidr = typed.get("vpcCidr")
    if not isinstance(cidr, str):
        return
    key = p.qualified("vpcCidr")
    try:
        network = ipaddress.ip_network(cidr, strict=True)
    except ValueError:
        p.add(key, cidr, "an IPv4 network such as 10.0.0.0/16 with its host bits zero")
        return
    max_prefix = MAX_VPC_PREFIX
    if network.version != 4:
        p.add(key, cidr, "an IPv4 network (the VPC's primary range)")
    elif not any(network.subnet_of(private) for private in _PRIVATE_V4):
        p.add(key, cidr, "a private RFC 1918 range (10/8, 172.16/12 or 192.168/16)")
    elif not 16 <= network.prefixlen <= max_prefix:
        p.add(key, cidr, f"a prefix from /16 to /{max_prefix}, large enough for 16 subnets of /27 or more")


def _check_compute(typed: dict[str, Any], tags: dict[str, str] | None, p: _Problems) -> None:
    itype, arch = typed.get("instanceType"), typed.get("architecture")
    if isinstance(itype, str) and not _INSTANCE_TYPE.match(itype):
        p.add(p.qualified("instanceType"), itype, "an EC2 instance type such as t4g.small")
        itype = None
    if isinstance(arch, str) and arch not in ("arm64", "x86_64"):
        p.add(p.qualified("architecture"), arch, "arm64 or x86_64")
    elif isinstance(arch, str) and isinstance(itype, str):
        family_arch = "arm64" if _GRAVITON_FAMILY.match(itype.split(".")[0]) else "x86_64"
        if family_arch != arch:
            p.add(p.qualified("architecture"), arch, f"{family_arch} to match instanceType {itype}")

    sizes = [typed.get(k) for k in ("minSize", "desiredCapacity", "maxSize")]
    if all(isinstance(s, int) for s in sizes):
        low, desired, high = sizes
        production = tags is not None and tags["Environment"].lower() in PRODUCTION_ENVIRONMENTS
        floor = 2 if production else 0
        if low < floor:
            why = " in production (an instance in at least two AZs)" if production else ""
            p.add(p.qualified("minSize"), low, f"at least {floor}{why}")
        if high < 1 or high > 100:
            p.add(p.qualified("maxSize"), high, "an integer from 1 to 100")
        if low > high:
            p.add(p.qualified("minSize"), low, f"at most maxSize ({high})")
        elif not low <= desired <= high:
            p.add(p.qualified("desiredCapacity"), desired, f"between minSize ({low}) and maxSize ({high})")
    _in_range(p, typed, "cpuTargetUtilization", 10, 90)
    _in_range(p, typed, "rootVolumeSizeGb", 8, 1024)


def _check_edge(region: str | None, typed: dict[str, Any], tags: dict[str, str] | None, p: _Problems) -> None:
    path = typed.get("healthCheckPath")
    if isinstance(path, str) and (not _HEALTH_PATH.match(path) or ".." in path):
        p.add(p.qualified("healthCheckPath"), path, "an absolute URL path such as /health (letters, digits, ._~/-)")

    cert = typed.get("certificateArn")
    if isinstance(cert, str):
        match = _ACM_ARN.match(cert)
        if not match:
            p.add(p.qualified("certificateArn"), cert, "an ACM certificate ARN")
        elif region and match["region"] != region:
            p.add(p.qualified("certificateArn"), cert, f"a certificate in aws:region ({region}), as ALBs require")

    cidrs = typed.get("allowedCidrs")
    if not isinstance(cidrs, list):
        return
    key = p.qualified("allowedCidrs")
    if not cidrs:
        p.add(key, cidrs, "at least one CIDR")
    networks = []
    for cidr in cidrs:
        try:
            networks.append(ipaddress.ip_network(cidr, strict=True))
        except ValueError:
            p.add(key, cidr, "a CIDR such as 203.0.113.0/24 or 2001:db8::/32 with its host bits zero")
    production = tags is not None and tags["Environment"].lower() in PRODUCTION_ENVIRONMENTS
    world = [str(n) for n in networks if n in EVERYWHERE]
    if world and production and not isinstance(cert, str):
        p.add(key, world[0], "no world-open CIDR in production without certificateArn (plain HTTP to the internet)")


def _check_storage(typed: dict[str, Any], p: _Problems) -> None:
    _in_range(p, typed, "noncurrentVersionDays", 1, 3650)
    _in_range(p, typed, "accessLogRetentionDays", 1, 3650)
    prefix = typed.get("appDataPrefix")
    if isinstance(prefix, str) and not _S3_PREFIX.match(prefix):
        p.add(p.qualified("appDataPrefix"), prefix, "a relative key prefix ending in '/', such as app/")


def _runtime_config() -> dict[str, Any]:
    """Every config value the engine gave this run (``PULUMI_CONFIG`` and values set in-process)."""
    from pulumi.runtime import config as runtime_config

    merged: dict[str, Any] = dict(runtime_config.get_config_env())
    merged.update(runtime_config.CONFIG.get())
    return merged


def load_config() -> StackConfig:
    """Read this run's Pulumi config and validate it; raises ``ConfigError`` (a ``pulumi.RunError``)."""
    return parse_config(_runtime_config(), pulumi.get_project(), pulumi.get_stack())
