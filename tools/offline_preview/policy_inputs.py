"""Inputs to a policy check that come from files: a ``--policy-pack-config`` JSON file, validated against the
schemas the pack declares, and a ``pulumi stack export`` document turned into what the engine would send.

Both raise ``PolicyInputError`` with one line naming the file, the key and what is expected.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jsonschema
from google.protobuf import json_format
from pulumi.runtime.proto import analyzer_pb2
from starter_shared.facts import UrnError, split_urn

from tools.cli import read_json
from tools.offline_preview.analyzer import properties_struct
from tools.offline_preview.engine import ProgramRun, RecordedResource

LEVELS = ("advisory", "mandatory", "remediate", "disabled")


class PolicyInputError(Exception):
    """A policy config or stack export is unusable; the message is one line."""


def load_policy_config(path: Path, info: analyzer_pb2.AnalyzerInfo) -> dict[str, Any]:
    """Read and check a policy config file against the pack: known policy names (or ``all``), a known
    enforcement level, and properties that satisfy each policy's config schema."""
    config = read_json(path, "policy config", PolicyInputError)
    if not isinstance(config, dict):
        raise PolicyInputError(f"{path}: expected a JSON object keyed by policy name, got {type(config).__name__}")
    policies = {p.name: p for p in info.policies}
    for name, value in config.items():
        where = f"{path}: {name}"
        if name != "all" and name not in policies:
            raise PolicyInputError(f"{where}: no such policy in pack {info.name} (known: {', '.join(sorted(policies))})")
        entry = value if isinstance(value, dict) else {"enforcementLevel": value}
        level = entry.get("enforcementLevel")
        if level is not None and level not in LEVELS:
            raise PolicyInputError(f"{where}.enforcementLevel: expected one of {', '.join(LEVELS)}, got {level!r}")
        if name == "all":
            if not isinstance(value, str):
                raise PolicyInputError(f"{where}: expected an enforcement level string, got {value!r}")
            continue
        properties = {k: v for k, v in entry.items() if k != "enforcementLevel"}
        schema = json_format.MessageToDict(policies[name].configSchema)
        declared = schema.get("properties", {})
        unknown = sorted(properties.keys() - declared.keys())
        if unknown:
            allowed = ", ".join(sorted(declared)) or "only enforcementLevel"
            raise PolicyInputError(f"{where}.{unknown[0]}: not a setting of this policy (allowed: {allowed})")
        try:
            jsonschema.validate(properties, {"type": "object", **schema})
        except jsonschema.ValidationError as exc:
            key = ".".join(str(p) for p in exc.absolute_path)
            raise PolicyInputError(f"{where}{'.' + key if key else ''}: {exc.message}") from None
    return config


def run_from_export(path: Path, stack: str | None = None) -> ProgramRun:
    """A ``pulumi stack export`` document as a ProgramRun: each resource's inputs, parent, dependencies,
    property dependencies, protect and provider reference, as the engine would send them to the pack."""
    document = read_json(path, "stack export", PolicyInputError)
    deployment = document.get("deployment") if isinstance(document, dict) else None
    raw = deployment.get("resources") if isinstance(deployment, dict) else None
    if not isinstance(raw, list):
        raise PolicyInputError(f"{path}: deployment.resources: expected a list (the output of `pulumi stack export`)")
    resources = []
    for index, item in enumerate(raw):
        where = f"{path}: deployment.resources[{index}]"
        if not isinstance(item, dict) or not isinstance(item.get("urn"), str) or not isinstance(item.get("type"), str):
            raise PolicyInputError(f"{where}: expected an object with string urn and type")
        try:
            parts = split_urn(item["urn"])
        except UrnError as error:
            raise PolicyInputError(f"{where}.urn: {error}") from None
        inputs = item.get("inputs", {})
        deps = item.get("propertyDependencies", {})
        if not isinstance(inputs, dict) or not isinstance(deps, dict):
            raise PolicyInputError(f"{where}: inputs and propertyDependencies must be objects")
        for key, urns in [
            ("dependencies", item.get("dependencies", [])),
            *((f"propertyDependencies.{k}", v) for k, v in deps.items()),
        ]:
            if not isinstance(urns, list) or not all(isinstance(u, str) for u in urns):
                raise PolicyInputError(f"{where}.{key}: expected a list of URNs, got {urns!r}")
        for key in ("parent", "provider", "id"):
            if not isinstance(item.get(key, ""), str):
                raise PolicyInputError(f"{where}.{key}: expected a string, got {item[key]!r}")
        resources.append(
            RecordedResource(
                urn=item["urn"],
                type=item["type"],
                name=parts[-1],
                parent=item.get("parent", ""),
                custom=bool(item.get("custom", False)),
                properties=properties_struct(inputs),
                dependencies=list(item.get("dependencies", [])),
                property_dependencies={k: list(v) for k, v in deps.items()},
                provider=item.get("provider", ""),
                protect=bool(item.get("protect", False)),
                retain_on_delete=bool(item.get("retainOnDelete", False)),
                id=str(item.get("id", "")),
                state=properties_struct(item.get("outputs", {}) if isinstance(item.get("outputs"), dict) else {}),
            )
        )
    stack_urn = next((r.urn for r in resources if r.type == "pulumi:pulumi:Stack"), resources[0].urn if resources else "")
    stack_name, project = (split_urn(stack_urn)[:2]) if stack_urn else ("stack", "project")
    stack_name = stack or stack_name
    return ProgramRun(
        project=project, stack=stack_name, preview=False, config={}, resources=resources, outputs={}, warnings=[]
    )
