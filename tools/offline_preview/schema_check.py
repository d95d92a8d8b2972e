"""Check every custom resource's inputs against the pulumi-aws schema, as the provider would in a real
``pulumi preview``: unknown property names at any depth (with a did-you-mean), missing required properties,
type mismatches and values outside the documented value lists and ranges.

Pulumi's mock runtime accepts anything inside nested inputs (``metadata_options={"http_tokenz": ...}``), so
without this the offline plan would pass a program the provider rejects. Values that are unknown during a
preview, secrets and resource references are not inspected. Where the AWS bridge coerces quietly (a number
or boolean into a string property, ``"true"`` into a boolean, ``"3"`` into a number) nothing is reported.

A finding reads ``<resource type> <name>: <path>: <problem>``, e.g.
``aws:ec2/launchTemplate:LaunchTemplate web-lt: metadataOptions.httpTokenz: unknown property (did you mean
httpTokens?)``.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from google.protobuf import json_format
from pulumi.runtime import rpc

from tools.offline_preview import pulumi_aws_schema
from tools.offline_preview.pulumi_aws_schema import Schema, Spec


@dataclass(frozen=True)
class Finding:
    """One input the provider would reject."""

    type: str
    name: str
    urn: str
    path: str
    problem: str

    def __str__(self) -> str:
        return f"{self.type} {self.name}: {self.path}: {self.problem}"

    def to_json(self) -> dict[str, str]:
        return {"type": self.type, "name": self.name, "urn": self.urn, "path": self.path, "problem": self.problem}


def _opaque(value: Any) -> bool:
    """Unknown during preview, a secret, a resource reference or an asset: nothing to check here."""
    return value == rpc.UNKNOWN or (isinstance(value, dict) and rpc._special_sig_key in value)


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "list"
    if isinstance(value, dict):
        return "object"
    return "null"


def _show(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)  # the wire carries every number as a double
    text = repr(value) if not isinstance(value, str) else f'"{value}"'
    return text if len(text) <= 60 else text[:57] + "..."


def _number(value: Any) -> float | None:
    """The number a value stands for as the bridge reads it (numeric strings included), else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            return None
    return None


def _listed(value: str, spec: Spec) -> bool:
    """Whether a value is one the provider accepts from the list: in any case where it ignores case."""
    if spec.get("ignoreCase"):
        return value.casefold() in {str(v).casefold() for v in spec["enum"]}
    return value in spec["enum"]


def _expected(spec: Spec) -> str:
    if spec["type"] == "union":
        return " or ".join(dict.fromkeys(_expected(s) for s in spec["of"]))
    kind: str = spec["type"]
    return {"map": "object (map)", "list": "list"}.get(kind, kind)


def check_value(schema: Schema, spec: Spec, value: Any, path: str) -> Iterator[tuple[str, str]]:
    """``(path, problem)`` for each way ``value`` does not fit ``spec``."""
    if _opaque(value) or value is None:
        return
    kind, expected = _kind(value), spec["type"]
    if expected == "any":
        return
    if expected == "union":
        problems = [list(check_value(schema, alt, value, path)) for alt in spec["of"]]
        if any(not p for p in problems):
            return
        objects = [p for alt, p in zip(spec["of"], problems, strict=True) if alt["type"] == "object"]
        if kind == "object" and len(objects) == 1:
            yield from objects[0]
        else:
            yield path, f"expected {_expected(spec)}, got {kind} {_show(value)}"
        return
    if expected == "string":
        if kind in ("list", "object"):
            yield path, f"expected string, got {kind}"
        elif kind == "string" and "enum" in spec and not _listed(value, spec):
            yield path, f"{_show(value)} is not an allowed value (allowed: {', '.join(map(str, spec['enum']))})"
        return
    if expected in ("integer", "number"):
        number = _number(value)
        if number is None:
            yield path, f"expected {expected}, got {kind} {_show(value)}"
        elif expected == "integer" and not number.is_integer():
            yield path, f"expected integer, got {_show(value)}"
        elif "min" in spec and not spec["min"] <= number <= spec["max"]:
            yield path, f"{_show(value)} is out of range ({spec['min']} to {spec['max']})"
        return
    if expected == "boolean":
        if not isinstance(value, bool) and value not in ("true", "false"):
            yield path, f"expected boolean, got {kind} {_show(value)}"
        return
    if expected == "list":
        if kind != "list":
            yield path, f"expected list, got {kind} {_show(value)}"
            return
        for i, item in enumerate(value):
            yield from check_value(schema, spec["items"], item, f"{path}[{i}]")
        return
    if expected == "map":
        if kind != "object":
            yield path, f"expected object (map), got {kind} {_show(value)}"
            return
        for key, item in value.items():
            yield from check_value(schema, spec["items"], item, f"{path}.{key}")
        return
    if expected == "object":
        if kind != "object":
            yield path, f"expected object, got {kind} {_show(value)}"
            return
        yield from check_object(schema, schema.types[spec["ref"]], value, path)


def suggestion(key: str, shape: Spec) -> str:
    """`` (did you mean x?)`` for a misspelt or snake_case property name, else empty."""
    python_names: dict[str, str] = shape.get("pythonNames", {})
    names = {**{wire: wire for wire in shape["properties"]}, **python_names}  # either spelling -> wire name
    close = difflib.get_close_matches(key, list(names), n=1, cutoff=0.6)
    return f" (did you mean {names[close[0]]}?)" if close else ""


def check_object(schema: Schema, shape: Spec, value: dict[str, Any], path: str = "") -> Iterator[tuple[str, str]]:
    """Problems of one object (a resource's inputs or a nested input type) and everything inside it."""
    prefix = f"{path}." if path else ""
    for key, item in value.items():
        spec = shape["properties"].get(key)
        if spec is None:
            yield prefix + key, "unknown property" + suggestion(key, shape)
        else:
            yield from check_value(schema, spec, item, prefix + key)
    for key in shape["required"]:
        if value.get(key) is None:
            yield prefix + key, "missing required property"


def check_inputs(schema: Schema, token: str, inputs: dict[str, Any]) -> list[tuple[str, str]]:
    """``(path, problem)`` pairs for one resource's raw inputs (``MessageToDict`` of the registration);
    empty for a type the schema does not cover."""
    shape = schema.resources.get(token)
    return [] if shape is None else list(check_object(schema, shape, inputs))


def check_run(run: Any, schema: Schema | None = None) -> list[Finding]:
    """Findings for every custom resource of a ``ProgramRun`` (``tools.offline_preview.engine``), in registration order."""
    custom = [r for r in run.resources if r.custom]
    schema = schema or pulumi_aws_schema.load(r.type for r in custom)
    return [
        Finding(r.type, r.name, r.urn, path, problem)
        for r in custom
        for path, problem in check_inputs(schema, r.type, json_format.MessageToDict(r.properties))
    ]
