"""Network exposure: security-group ingress from the internet, and load-balancer hardening."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from pulumi_policy import (
    EnforcementLevel,
    PolicyConfigSchema,
    ReportViolation,
    ResourceValidationArgs,
    Severity,
)
from starter_shared.networks import open_to_internet

from starter_policies.common import LOAD_BALANCERS, TypedResourcePolicy, dig, items

INLINE_INGRESS = ("aws:ec2/securityGroup:SecurityGroup", "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup")
RULE = "aws:ec2/securityGroupRule:SecurityGroupRule"
INGRESS_RULE = "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule"
INGRESS_TYPES = (*INLINE_INGRESS, RULE, INGRESS_RULE)
DEFAULT_PUBLIC_PORTS = [80, 443]
ALL_PROTOCOLS = ("-1", "all")


def _ingress_rules(args: ResourceValidationArgs) -> Iterator[tuple[str, Mapping[str, Any], list[Any]]]:
    """(label, rule, source CIDRs) for every form of ingress the provider offers."""
    props = args.props
    if args.resource_type in INLINE_INGRESS:
        for index, rule in enumerate(items(props.get("ingress"))):
            yield f"ingress[{index}]", rule, items(dig(rule, "cidrBlocks")) + items(dig(rule, "ipv6CidrBlocks"))
    elif args.resource_type == RULE and props.get("type") == "ingress":
        yield "rule", props, items(props.get("cidrBlocks")) + items(props.get("ipv6CidrBlocks"))
    elif args.resource_type == INGRESS_RULE:
        rule = {"protocol": props.get("ipProtocol"), "fromPort": props.get("fromPort"), "toPort": props.get("toPort")}
        yield "rule", rule, [props.get("cidrIpv4"), props.get("cidrIpv6")]


def _ports(rule: Mapping[str, Any]) -> tuple[int, int] | None:
    """The port range a rule opens; None means every port (all protocols, or no ports given)."""
    protocol = str(rule.get("protocol") or rule.get("ipProtocol") or "").lower()
    low, high = rule.get("fromPort"), rule.get("toPort")
    if protocol in ALL_PROTOCOLS or not isinstance(low, (int, float)) or not isinstance(high, (int, float)):
        return None
    if low == -1 and high == -1:  # ICMP "all types"
        return None
    return int(low), int(high)


def _no_public_ingress(args: ResourceValidationArgs, report: ReportViolation) -> None:
    public = set(args.get_config().get("publicPorts", DEFAULT_PUBLIC_PORTS))
    for label, rule, sources in _ingress_rules(args):
        open_to = open_to_internet(sources)
        if not open_to:
            continue
        ports = _ports(rule)
        if ports is not None and ports[0] == ports[1] and ports[0] in public:
            continue
        shown = "all ports" if ports is None else (f"port {ports[0]}" if ports[0] == ports[1] else
                                                   f"ports {ports[0]}-{ports[1]}")
        report(f"{args.name}: {label} opens {shown} to {', '.join(open_to)}; allow only ports "
               f"{sorted(public)} from anywhere, and other ports from known CIDRs or security groups "
               "(Session Manager needs no inbound port).")


def _is_application(args: ResourceValidationArgs) -> bool:
    return (args.props.get("loadBalancerType") or "application") == "application"


def _lb_hardening(args: ResourceValidationArgs, report: ReportViolation) -> None:
    if args.resource_type not in LOAD_BALANCERS:
        return
    if _is_application(args) and args.props.get("dropInvalidHeaderFields") is not True:
        report(f"{args.name}: dropInvalidHeaderFields is {args.props.get('dropInvalidHeaderFields')!r}; set it to "
               "true so malformed headers never reach targets.")
    if dig(args.props, "accessLogs", "enabled") is not True:
        report(f"{args.name}: access logs are off; set access_logs with enabled=True and an SSE-S3 bucket in "
               "the same region.")


def _lb_deletion_protection(args: ResourceValidationArgs, report: ReportViolation) -> None:
    if args.resource_type in LOAD_BALANCERS and args.props.get("enableDeletionProtection") is not True:
        report(f"{args.name}: enableDeletionProtection is {args.props.get('enableDeletionProtection')!r}; set it "
               "to true (deletionProtection in the stack config).")


POLICIES = [
    TypedResourcePolicy(
        name="sg-no-public-ingress", resource_types=INGRESS_TYPES, tags=["exposure"],
        description="No security-group ingress from 0.0.0.0/0 or ::/0 except the public ports (80, 443; "
                    "configurable), in inline rules, SecurityGroupRule and vpc.SecurityGroupIngressRule.",
        enforcement_level=EnforcementLevel.MANDATORY, severity=Severity.CRITICAL,
        remediation_steps="Restrict the source to known CIDRs or a security group; reach instances through "
                          "Session Manager instead of SSH/RDP.",
        config_schema=PolicyConfigSchema(properties={
            "publicPorts": {"type": "array", "items": {"type": "integer", "minimum": 0, "maximum": 65535},
                            "default": DEFAULT_PUBLIC_PORTS},
        }),
        validate=_no_public_ingress,
    ),
    TypedResourcePolicy(
        name="lb-hardening", resource_types=LOAD_BALANCERS, tags=["exposure"],
        description="Application load balancers drop invalid header fields; load balancers write access logs.",
        enforcement_level=EnforcementLevel.ADVISORY, severity=Severity.MEDIUM,
        remediation_steps="Set drop_invalid_header_fields=True and access_logs={'enabled': True, 'bucket': ...}.",
        validate=_lb_hardening,
    ),
    TypedResourcePolicy(
        name="lb-deletion-protection", resource_types=LOAD_BALANCERS, tags=["resilience"],
        description="Load balancers have deletion protection (advisory by default; mandatory in prod's config).",
        enforcement_level=EnforcementLevel.ADVISORY, severity=Severity.MEDIUM,
        remediation_steps="Set enable_deletion_protection=True (the deletionProtection stack setting).",
        validate=_lb_deletion_protection,
    ),
]
