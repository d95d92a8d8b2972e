"""Required tags on every taggable resource (every pulumi-aws type with a ``tags`` map, from a generated table),
counting the defaultTags of the resource's provider, default or explicit."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from pulumi_policy import (
    EnforcementLevel,
    PolicyConfigSchema,
    ResourceValidationArgs,
    Severity,
    StackValidationArgs,
)
from starter_shared.facts import REQUIRED_TAGS
from starter_shared.taggable_types import TAGGABLE_TYPES

from starter_policies.common import (
    ReportViolation,
    ResourceAndStackPolicy,
    TypedResourcePolicy,
    Unseen,
    dig,
    is_true,
    items,
    known,
    of_type,
)

ASG = "aws:autoscaling/group:Group"
ASG_TAG = "aws:autoscaling/tag:Tag"
DEFAULT_REQUIRED = list(REQUIRED_TAGS)
# Every pulumi-aws type with a `tags` map input, generated from the installed SDK (tools/offline_preview/gen_taggable.py).
TAGGABLE = TAGGABLE_TYPES


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


def missing_tags(required: list[str], own: Any, default: Any) -> list[str]:
    """The required keys that neither the resource's own ``tags`` nor its provider's default tags give a
    non-blank value (a blank own value overrides a default one, as AWS applies them). Odd values count as none."""
    merged = {**(default if isinstance(default, Mapping) else {}), **(own if isinstance(own, Mapping) else {})}
    present = {k for k, v in merged.items() if isinstance(v, str) and v.strip()}
    return [t for t in required if t not in present]


def _required_tags(args: ResourceValidationArgs, report: ReportViolation) -> None:
    if args.resource_type not in TAGGABLE:
        return
    required = args.get_config().get("requiredTags", DEFAULT_REQUIRED)
    own = args.props.get("tags")
    if not missing_tags(required, own, None):  # the resource carries them all: the provider need not be read
        return
    default = _default_tags(args.provider.props) if args.provider is not None else None
    missing = missing_tags(required, own, default)
    if missing:
        where = (
            "its explicit provider's default_tags"
            if args.provider is not None and not args.provider.name.startswith("default")
            else "aws:defaultTags (stack config)"
        )
        report(f"{args.name}: missing required tags {', '.join(missing)}; set them in {where} or on the resource.")


def _tag_blocks(value: Any) -> list[Mapping[str, Any]]:
    """A group's ``tags`` list, or an ``aws.autoscaling.Tag``'s single ``tag`` block, as a list of blocks."""
    if isinstance(value, Mapping):
        return [value]
    return [t for t in items(value) if isinstance(t, Mapping)]


def _held_back(name: str, tags: list[Mapping[str, Any]], report: ReportViolation, urn: str | None = None) -> None:
    held_back = [str(t.get("key")) for t in tags if not is_true(t.get("propagateAtLaunch"))]
    if held_back:
        message = f"{name}: tags {', '.join(held_back)} have propagateAtLaunch false; set it true so instances carry them."
        report(message, urn) if urn else report(message)


def _asg_propagates(args: ResourceValidationArgs, report: ReportViolation) -> None:
    """What a group's own tags decide: a tag it holds back from the instances it launches."""
    if args.resource_type == ASG:
        _held_back(args.name, _tag_blocks(args.props.get("tags")), report)
    elif args.resource_type == ASG_TAG:
        _held_back(args.name, _tag_blocks(args.props.get("tag")), report)


def _asg_tags_stack(args: StackValidationArgs, report: ReportViolation) -> None:
    """Provider defaultTags do not reach instances an auto-scaling group launches: the required tags must reach
    them from the group's own tags or from ``aws.autoscaling.Tag`` resources attached to it (linked by
    property dependency, or by the group's name when it is known)."""
    required = args.get_config().get("requiredTags", DEFAULT_REQUIRED)
    unseen = Unseen()
    groups = of_type(args.resources, ASG)
    by_name = {n: g.urn for g in groups if isinstance(n := known(lambda g=g: g.props.get("name"), None), str)}
    attached: dict[str, list[Mapping[str, Any]]] = {g.urn: [] for g in groups}
    for tag in of_type(args.resources, ASG_TAG):
        targets = {d.urn for d in tag.property_dependencies.get("autoscalingGroupName", [])} & attached.keys()
        name = known(lambda t=tag: t.props.get("autoscalingGroupName"), None)
        if not targets and isinstance(name, str) and name in by_name:
            targets = {by_name[name]}
        for urn in targets:
            attached[urn] += unseen.judge(tag, "tag", lambda t=tag: _tag_blocks(t.props.get("tag")), [])
    for group in groups:
        own = unseen.judge(group, "tags", lambda g=group: _tag_blocks(g.props.get("tags")), None)
        if own is None:
            continue
        propagated = {t.get("key") for t in [*own, *attached[group.urn]] if is_true(t.get("propagateAtLaunch"))}
        missing = [t for t in required if t not in propagated]
        if missing:
            report(
                f"{group.name}: instances it launches would lack {', '.join(missing)}; add them to the group's "
                "tags (or aws.autoscaling.Tag resources) with propagateAtLaunch true (provider defaultTags do "
                "not reach them).",
                group.urn,
            )
    unseen.raise_if_any()


POLICIES = [
    TypedResourcePolicy(
        name="required-tags",
        resource_types=TAGGABLE,
        tags=["tagging"],
        description="Every resource type with a tags map (all of pulumi-aws, from a generated table) carries the "
        "required tag keys; the defaultTags of its provider, default or explicit, count.",
        enforcement_level=EnforcementLevel.MANDATORY,
        severity=Severity.MEDIUM,
        remediation_steps="Add the tags to aws:defaultTags in Pulumi.<stack>.yaml.",
        config_schema=PolicyConfigSchema(
            properties={
                "requiredTags": {"type": "array", "items": {"type": "string"}, "default": DEFAULT_REQUIRED},
            }
        ),
        validate=_required_tags,
    ),
    ResourceAndStackPolicy(
        name="asg-propagate-tags",
        resource_types=(ASG, ASG_TAG),
        tags=["tagging"],
        description="Auto-scaling groups carry the required tags and propagate every tag to the instances they "
        "launch (their own tags or aws.autoscaling.Tag resources attached to them).",
        enforcement_level=EnforcementLevel.MANDATORY,
        severity=Severity.MEDIUM,
        remediation_steps="Give the group tags=[{key, value, propagate_at_launch: True}] for each required tag.",
        config_schema=PolicyConfigSchema(
            properties={
                "requiredTags": {"type": "array", "items": {"type": "string"}, "default": DEFAULT_REQUIRED},
            }
        ),
        validate=_asg_propagates,
        validate_stack=_asg_tags_stack,
        stack_resource_types=(ASG,),
    ),
]
