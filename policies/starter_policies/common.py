"""Small helpers shared by the rules: safe property access and linking split S3 settings to their bucket."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from pulumi_policy import PolicyResource

BUCKET = "aws:s3/bucket:Bucket"


def dig(props: Mapping[str, Any] | None, *path: str | int) -> Any:
    """``props[a][b]...`` or None when any step is missing (never raises on absent or None values)."""
    value: Any = props
    for step in path:
        if isinstance(step, int):
            value = value[step] if isinstance(value, Sequence) and not isinstance(value, str) and len(value) > step else None
        else:
            value = value.get(step) if isinstance(value, Mapping) else None
        if value is None:
            return None
    return value


def of_type(resources: list[PolicyResource], token: str) -> list[PolicyResource]:
    return [r for r in resources if r.resource_type == token]


def settings_by_bucket(resources: list[PolicyResource], token: str) -> dict[str, list[PolicyResource]]:
    """Setting resources of ``token`` keyed by the URN of the bucket their ``bucket`` input comes from."""
    by_name = {}
    for b in of_type(resources, BUCKET):
        name = b.props.get("bucket")
        if isinstance(name, str):
            by_name[name] = b.urn
    linked: dict[str, list[PolicyResource]] = defaultdict(list)
    for setting in of_type(resources, token):
        owners = {d.urn for d in setting.property_dependencies.get("bucket", []) if d.resource_type == BUCKET}
        if not owners and isinstance(setting.props.get("bucket"), str) and setting.props["bucket"] in by_name:
            owners = {by_name[setting.props["bucket"]]}
        for owner in owners:
            linked[owner].append(setting)
    return linked
