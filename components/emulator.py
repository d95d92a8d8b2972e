"""Stack-level adjustments for deploying to an emulator (moto, the `local` stack), kept out of the components.

``__main__`` registers :func:`moto_replication` as a stack transformation only when ``emulator`` is true in
config (refused in production), so production components carry no emulator branches.

It is an SDK-side transformation (``register_stack_transformation``) rather than an engine-side
``register_resource_transform``: the SDK applies it in-process, so a real engine and Pulumi's mock monitor
(which does not run engine-side transforms) see the same rule, and the offline plan of the `local` stack
shows exactly what `pulumi up` would declare.
"""

from __future__ import annotations

from typing import Any

import pulumi
from starter_shared.facts import REPLICATION_TOKEN

# moto's GetBucketReplication answers fixed values for these, so the provider would report drift on every
# refresh. (It also dropped sourceSelectionCriteria; tools/local_stack/emulator.py makes it answer that one.)
MOTO_DROPPED_RULE_FIELDS = frozenset({"filter", "delete_marker_replication", "deleteMarkerReplication"})


def moto_rule(rule: Any) -> Any:
    """A replication rule without the fields moto does not round-trip; anything else passes unchanged."""
    if not isinstance(rule, dict):
        return rule
    return {key: value for key, value in rule.items() if key not in MOTO_DROPPED_RULE_FIELDS}


def moto_replication(args: pulumi.ResourceTransformationArgs) -> pulumi.ResourceTransformationResult | None:
    """Stack transformation: declare replication rules with only the settings moto round-trips."""
    rules = args.props.get("rules")
    if args.type_ != REPLICATION_TOKEN or not isinstance(rules, list):
        return None
    props = dict(args.props)
    props["rules"] = [moto_rule(rule) for rule in rules]
    return pulumi.ResourceTransformationResult(props, args.opts)
