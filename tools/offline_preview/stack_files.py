"""Read a Pulumi project and stack file into the flat config map the engine hands a program."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

# Offline runs cannot decrypt `secure:` values; programs get this placeholder, marked secret.
SECRET_PLACEHOLDER = "offline-secret-placeholder"


class StackFileError(Exception):
    """A project or stack file is missing or malformed; the message is one line."""


def _load_yaml(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise StackFileError(f"{path}: file not found") from None
    except OSError as exc:
        raise StackFileError(f"{path}: cannot read ({exc.strerror})") from None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise StackFileError(f"{path}: invalid YAML{where}") from None


def read_project(program_dir: Path) -> tuple[str, dict[str, Any]]:
    """Project name and the project-level config defaults declared in ``Pulumi.yaml``."""
    path = program_dir / "Pulumi.yaml"
    if not path.is_file():
        raise StackFileError(f"{program_dir}: no Pulumi.yaml (not a Pulumi program directory)")
    doc = _load_yaml(path)
    if not isinstance(doc, dict) or not isinstance(doc.get("name"), str) or not doc["name"].strip():
        raise StackFileError(f"{path}: expected a mapping with a non-empty 'name'")
    name = doc["name"]
    defaults: dict[str, Any] = {}
    for key, spec in (doc.get("config") or {}).items():
        if isinstance(spec, dict) and ("value" in spec or "default" in spec):
            value = spec.get("value", spec.get("default"))
        elif isinstance(spec, dict):
            continue  # a type declaration without a value
        else:
            value = spec
        defaults[_qualify(str(key), name)] = value
    return name, defaults


def _qualify(key: str, project: str) -> str:
    return key if ":" in key else f"{project}:{key}"


def _as_config_string(value: Any) -> str:
    """Pulumi passes every config value as a string; objects and lists as JSON."""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    return json.dumps(value)


def read_stack_config(path: Path, project: str, defaults: dict[str, Any] | None = None) -> tuple[dict[str, str], list[str]]:
    """The flat config map (``"<namespace>:<key>" -> string``) and the list of secret keys of one stack file."""
    doc = _load_yaml(path)
    if doc is None:
        doc = {}
    if not isinstance(doc, dict):
        raise StackFileError(f"{path}: expected a mapping at the top level")
    section = doc.get("config") or {}
    if not isinstance(section, dict):
        raise StackFileError(f"{path}: 'config' must be a mapping of keys to values")
    merged: dict[str, Any] = dict(defaults or {})
    for key, value in section.items():
        merged[_qualify(str(key), project)] = value
    config: dict[str, str] = {}
    secrets: list[str] = []
    for key, value in merged.items():
        if isinstance(value, dict) and set(value) == {"secure"}:
            config[key] = SECRET_PLACEHOLDER
            secrets.append(key)
        elif value is None:
            raise StackFileError(f"{path}: config key {key} has no value")
        else:
            config[key] = _as_config_string(value)
    return config, secrets
