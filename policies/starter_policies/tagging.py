"""Required tags on every taggable resource, counting the provider's defaultTags."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from pulumi_policy import (
    EnforcementLevel,
    PolicyConfigSchema,
    ReportViolation,
    ResourceValidationArgs,
    Severity,
)
from starter_shared.facts import REQUIRED_TAGS

from starter_policies.common import TypedResourcePolicy, dig, items

ASG = "aws:autoscaling/group:Group"
DEFAULT_REQUIRED = list(REQUIRED_TAGS)
# Types with a `tags` map that provider default tags apply to (the ones this template declares and their kin).
TAGGABLE = frozenset({
    "aws:s3/bucket:Bucket", "aws:kms/key:Key", "aws:iam/role:Role", "aws:iam/policy:Policy",
    "aws:iam/instanceProfile:InstanceProfile", "aws:ec2/vpc:Vpc", "aws:ec2/subnet:Subnet",
    "aws:ec2/internetGateway:InternetGateway", "aws:ec2/routeTable:RouteTable", "aws:ec2/eip:Eip",
    "aws:ec2/natGateway:NatGateway", "aws:ec2/securityGroup:SecurityGroup", "aws:ec2/vpcEndpoint:VpcEndpoint",
    "aws:ec2/launchTemplate:LaunchTemplate", "aws:ec2/instance:Instance", "aws:lb/loadBalancer:LoadBalancer",
    "aws:alb/loadBalancer:LoadBalancer", "aws:lb/targetGroup:TargetGroup", "aws:alb/targetGroup:TargetGroup",
    "aws:lb/listener:Listener", "aws:alb/listener:Listener", "aws:cloudwatch/metricAlarm:MetricAlarm",
    "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule",
    "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule",
})


def _default_tags(provider_props: Mapping[str, Any]) -> Mapping[str, Any] | None:
    """The provider's defaultTags.tags; a stack export may keep provider config as a JSON string."""
    value = provider_props.get("defaultTags")
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError:
            return None
    tags = dig(value, "tags")
    return tags if isinstance(tags, Mapping) else None


def _required_tags(args: ResourceValidationArgs, report: ReportViolation) -> None:
    if args.resource_type not in TAGGABLE:
        return
    required = args.get_config().get("requiredTags", DEFAULT_REQUIRED)
    own = args.props.get("tags") or {}
    default = _default_tags(args.provider.props) if args.provider is not None else None
    present = {k for k, v in {**(default or {}), **own}.items() if isinstance(v, str) and v.strip()}
    missing = [t for t in required if t not in present]
    if missing:
        report(f"{args.name}: missing required tags {', '.join(missing)}; "
               "set them in aws:defaultTags (stack config) or on the resource.")


def _asg_propagates(args: ResourceValidationArgs, report: ReportViolation) -> None:
    """Provider defaultTags do not reach instances an auto-scaling group launches: the group must carry the
    required tags itself and propagate them."""
    if args.resource_type != ASG:
        return
    required = args.get_config().get("requiredTags", DEFAULT_REQUIRED)
    tags = [t for t in items(args.props.get("tags")) if isinstance(t, Mapping)]
    held_back = [str(t.get("key")) for t in tags if t.get("propagateAtLaunch") is not True]
    if held_back:
        report(f"{args.name}: tags {', '.join(held_back)} have propagateAtLaunch false; set it true so instances "
               "carry them.")
    propagated = {t.get("key") for t in tags if t.get("propagateAtLaunch") is True}
    missing = [t for t in required if t not in propagated]
    if missing:
        report(f"{args.name}: instances it launches would lack {', '.join(missing)}; add them to the group's tags "
               "with propagateAtLaunch true (provider defaultTags do not reach them).")


POLICIES = [
    TypedResourcePolicy(
        name="required-tags", resource_types=TAGGABLE, tags=["tagging"],
        description="Every taggable resource carries the required tag keys (provider defaultTags count).",
        enforcement_level=EnforcementLevel.MANDATORY, severity=Severity.MEDIUM,
        remediation_steps="Add the tags to aws:defaultTags in Pulumi.<stack>.yaml.",
        config_schema=PolicyConfigSchema(properties={
            "requiredTags": {"type": "array", "items": {"type": "string"}, "default": DEFAULT_REQUIRED},
        }),
        validate=_required_tags,
    ),
    TypedResourcePolicy(
        name="asg-propagate-tags", resource_types=(ASG,), tags=["tagging"],
        description="Auto-scaling groups carry the required tags and propagate every tag to the instances they "
                    "launch.",
        enforcement_level=EnforcementLevel.MANDATORY, severity=Severity.MEDIUM,
        remediation_steps="Give the group tags=[{key, value, propagate_at_launch: True}] for each required tag.",
        config_schema=PolicyConfigSchema(properties={
            "requiredTags": {"type": "array", "items": {"type": "string"}, "default": DEFAULT_REQUIRED},
        }),
        validate=_asg_propagates,
    ),
]
