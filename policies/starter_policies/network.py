"""Network exposure: security-group ingress from the internet, and load-balancer hardening."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping
from typing import Any, NamedTuple

from pulumi_policy import (
    EnforcementLevel,
    PolicyConfigSchema,
    PolicyResource,
    ResourceValidationArgs,
    Severity,
    StackValidationArgs,
)
from starter_shared.networks import open_to_internet

from starter_policies.common import (
    CLASSIC_LOAD_BALANCER,
    LOAD_BALANCERS,
    ReportViolation,
    ResourceAndStackPolicy,
    TypedResourcePolicy,
    Unseen,
    as_int,
    config_of,
    dig,
    items,
    linked,
)

INLINE_INGRESS = ("aws:ec2/securityGroup:SecurityGroup", "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup")
RULE = "aws:ec2/securityGroupRule:SecurityGroupRule"
INGRESS_RULE = "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule"
INGRESS_TYPES = (*INLINE_INGRESS, RULE, INGRESS_RULE)
# Lightsail has no security groups: an instance's firewall is its public ports, each open to 0.0.0.0/0 unless it
# names CIDRs or an alias (lightsail-connect).
LIGHTSAIL_PORTS = "aws:lightsail/instancePublicPorts:InstancePublicPorts"
WORLD = ["0.0.0.0/0"]
DEFAULT_PUBLIC_PORTS = [80, 443]
ALL_PROTOCOLS = ("-1", "all")
PROTOCOL_NUMBERS = {"6": "tcp", "17": "udp", "1": "icmp", "58": "icmpv6"}
# AWS reads fromPort/toPort only for these; a rule of any other protocol (ESP, GRE, "50") opens every port.
PORTED_PROTOCOLS = ("tcp", "udp", "icmp", "icmpv6")


def _ingress_rules(resource_type: str, props: Mapping[str, Any]) -> Iterator[tuple[str, Mapping[str, Any], list[Any]]]:
    """(label, rule, source CIDRs) for every form of ingress the provider offers."""
    if resource_type in INLINE_INGRESS:
        for index, rule in enumerate(items(props.get("ingress"))):
            yield f"ingress[{index}]", rule, items(dig(rule, "cidrBlocks")) + items(dig(rule, "ipv6CidrBlocks"))
    elif resource_type == RULE and str(props.get("type") or "").lower() == "ingress":
        yield "rule", props, items(props.get("cidrBlocks")) + items(props.get("ipv6CidrBlocks"))
    elif resource_type == INGRESS_RULE:
        rule = {"protocol": props.get("ipProtocol"), "fromPort": props.get("fromPort"), "toPort": props.get("toPort")}
        yield "rule", rule, [props.get("cidrIpv4"), props.get("cidrIpv6")]
    elif resource_type == LIGHTSAIL_PORTS:
        for index, port in enumerate(items(props.get("portInfos"))):
            named = items(dig(port, "cidrs")) + items(dig(port, "ipv6Cidrs"))
            yield f"portInfos[{index}]", port, named or ([] if items(dig(port, "cidrListAliases")) else WORLD)


def protocol_of(rule: Mapping[str, Any]) -> str:
    """A rule's protocol in one spelling: ``all``, ``tcp``, ``udp``, ``icmp``... (names or numbers, any case)."""
    protocol = str(dig(rule, "protocol") or dig(rule, "ipProtocol") or "").strip().lower()
    return "all" if protocol in ALL_PROTOCOLS else PROTOCOL_NUMBERS.get(protocol, protocol)


def ports_of(rule: Mapping[str, Any]) -> tuple[int, int] | None:
    """The port range a rule opens; None means every port (all protocols, a protocol without ports such as ESP,
    or no ports given)."""
    low, high = as_int(dig(rule, "fromPort")), as_int(dig(rule, "toPort"))
    if protocol_of(rule) not in PORTED_PROTOCOLS or low is None or high is None:
        return None
    if low == -1 and high == -1:  # ICMP "all types"
        return None
    return low, high


def _shown(ports: tuple[int, int] | None) -> str:
    return "all ports" if ports is None else (f"port {ports[0]}" if ports[0] == ports[1] else f"ports {ports[0]}-{ports[1]}")


def _public_only(ports: tuple[int, int] | None, public: set[int]) -> bool:
    return ports is not None and ports[0] == ports[1] and ports[0] in public


def _advice(public: set[int]) -> str:
    return (
        f"allow only ports {sorted(public)} from anywhere, and other ports from known CIDRs or security groups "
        "(Session Manager needs no inbound port)."
    )


def _no_public_ingress(args: ResourceValidationArgs, report: ReportViolation) -> None:
    public = set(config_of(args).get("publicPorts", DEFAULT_PUBLIC_PORTS))
    for label, rule, sources in _ingress_rules(args.resource_type, args.props):
        open_to = open_to_internet(sources)
        if not open_to:
            continue
        ports = ports_of(rule)
        if _public_only(ports, public):
            continue
        report(f"{args.name}: {label} opens {_shown(ports)} to {', '.join(open_to)}; {_advice(public)}")


class Ingress(NamedTuple):
    """One ingress rule of a security group, in whichever resource declares it."""

    resource: PolicyResource
    label: str
    protocol: str
    ports: tuple[int, int] | None
    sources: list[Any]


def _covers(outer: Ingress, inner: Ingress) -> bool:
    """Whether ``outer`` opens at least what ``inner`` opens (same protocol or all, a wider port range)."""
    if outer.protocol != "all" and outer.protocol != inner.protocol:
        return False
    if outer.ports is None:
        return True
    return inner.ports is not None and outer.ports[0] <= inner.ports[0] and inner.ports[1] <= outer.ports[1]


def _group_of(resource: PolicyResource, unseen: Unseen) -> str | None:
    """The security group a rule resource belongs to: by property dependency, else by its known ID."""
    if resource.resource_type in INLINE_INGRESS:
        return resource.urn
    groups = linked(resource, "securityGroupId", INLINE_INGRESS)
    if groups:
        return groups[0].urn
    value = unseen.judge(resource, "securityGroupId", lambda: resource.props.get("securityGroupId"), None)
    return f"id:{value}" if isinstance(value, str) else None


def ingress_by_group(resources: list[PolicyResource], unseen: Unseen) -> dict[str, list[Ingress]]:
    """Every ingress rule of the stack, grouped by security group (inline rules and separate rule resources)."""
    groups: dict[str, list[Ingress]] = defaultdict(list)
    for resource in resources:
        if resource.resource_type not in INGRESS_TYPES:
            continue
        group = _group_of(resource, unseen)
        rules = unseen.judge(
            resource,
            "its ingress rules",
            lambda r=resource: [
                Ingress(r, label, protocol_of(rule), ports_of(rule), [c for c in sources if isinstance(c, str)])
                for label, rule, sources in _ingress_rules(r.resource_type, r.props)
            ],
            [],
        )
        if group is not None:
            groups[group] += rules
    return groups


def _no_public_ingress_stack(args: StackValidationArgs, report: ReportViolation) -> None:
    """Ranges that open the same port of the same group together, none of them alone (each rule alone is
    judged per resource): ``0.0.0.0/1`` in one rule and ``128.0.0.0/1`` in another open port 22 to everyone."""
    public = set(config_of(args).get("publicPorts", DEFAULT_PUBLIC_PORTS))
    unseen = Unseen()
    for rules in ingress_by_group(args.resources, unseen).values():
        if len(rules) < 2:
            continue
        for rule in rules:
            if _public_only(rule.ports, public) or not rule.sources or open_to_internet(rule.sources):
                continue
            together = [c for other in rules if _covers(other, rule) for c in other.sources]
            open_to = open_to_internet(together)
            if open_to:
                report(
                    f"{rule.resource.name}: {rule.label} opens {_shown(rule.ports)} to {rule.sources}, which with "
                    f"the group's other rules covers {', '.join(open_to)}; {_advice(public)}",
                    rule.resource.urn,
                )
    unseen.raise_if_any()


def _is_application(args: ResourceValidationArgs) -> bool:
    return (args.props.get("loadBalancerType") or "application") == "application"


def _lb_hardening(args: ResourceValidationArgs, report: ReportViolation) -> None:
    if args.resource_type == CLASSIC_LOAD_BALANCER:  # no header option; logs are on once the block is given
        logs = args.props.get("accessLogs")
        if not logs or dig(logs, "enabled") is False:
            report(
                f"{args.name}: access logs are off; set access_logs with a bucket (better: an application load balancer)."
            )
        return
    if args.resource_type not in LOAD_BALANCERS:
        return
    if _is_application(args) and args.props.get("dropInvalidHeaderFields") is not True:
        report(
            f"{args.name}: dropInvalidHeaderFields is {args.props.get('dropInvalidHeaderFields')!r}; set it to "
            "true so malformed headers never reach targets."
        )
    if dig(args.props, "accessLogs", "enabled") is not True:
        report(
            f"{args.name}: access logs are off; set access_logs with enabled=True and an SSE-S3 bucket in the same region."
        )


def _lb_deletion_protection(args: ResourceValidationArgs, report: ReportViolation) -> None:
    if args.resource_type in LOAD_BALANCERS and args.props.get("enableDeletionProtection") is not True:
        report(
            f"{args.name}: enableDeletionProtection is {args.props.get('enableDeletionProtection')!r}; set it "
            "to true (deletionProtection in the stack config)."
        )


POLICIES = [
    ResourceAndStackPolicy(
        name="sg-no-public-ingress",
        resource_types=(*INGRESS_TYPES, LIGHTSAIL_PORTS),
        tags=["exposure"],
        description="No security-group ingress from the whole IPv4 or IPv6 internet except the public ports (80, "
        "443; configurable), in inline rules, SecurityGroupRule, vpc.SecurityGroupIngressRule and Lightsail "
        "public ports, "
        "counting every range that opens the same port of the same group together.",
        validate_stack=_no_public_ingress_stack,
        enforcement_level=EnforcementLevel.MANDATORY,
        severity=Severity.CRITICAL,
        remediation_steps="Restrict the source to known CIDRs or a security group; reach instances through "
        "Session Manager instead of SSH/RDP.",
        config_schema=PolicyConfigSchema(
            properties={
                "publicPorts": {
                    "type": "array",
                    "items": {"type": "integer", "minimum": 0, "maximum": 65535},
                    "default": DEFAULT_PUBLIC_PORTS,
                },
            }
        ),
        validate=_no_public_ingress,
    ),
    TypedResourcePolicy(
        name="lb-hardening",
        resource_types=(*LOAD_BALANCERS, CLASSIC_LOAD_BALANCER),
        tags=["exposure"],
        description="Application load balancers drop invalid header fields; load balancers (classic ones too) "
        "write access logs.",
        enforcement_level=EnforcementLevel.ADVISORY,
        severity=Severity.MEDIUM,
        remediation_steps="Set drop_invalid_header_fields=True and access_logs={'enabled': True, 'bucket': ...}.",
        validate=_lb_hardening,
    ),
    TypedResourcePolicy(
        name="lb-deletion-protection",
        resource_types=LOAD_BALANCERS,
        tags=["resilience"],
        description="Load balancers have deletion protection (advisory by default; mandatory in prod's config).",
        enforcement_level=EnforcementLevel.ADVISORY,
        severity=Severity.MEDIUM,
        remediation_steps="Set enable_deletion_protection=True (the deletionProtection stack setting).",
        validate=_lb_deletion_protection,
    ),
]
