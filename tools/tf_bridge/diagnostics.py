"""Map ``terraform validate -json`` diagnostics back to the Pulumi resource and property they came from.

Terraform reports a line of ``main.tf.json``; ``dump`` writes the document itself and remembers which path in
the document each line holds, and the translation's source map turns that path into a Pulumi property path.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from tools.tf_bridge.translate import Translation, label

Path = tuple[Any, ...]


def dump(document: Any) -> tuple[str, list[Path]]:
    """JSON text with two-space indentation (as ``json.dumps(indent=2)``) and, for each line, its path."""
    lines: list[str] = []
    paths: list[Path] = []

    def emit(value: Any, path: Path, indent: int, prefix: str, suffix: str) -> None:
        pad = "  " * indent
        if isinstance(value, dict) and value:
            lines.append(f"{pad}{prefix}{{")
            paths.append(path)
            items = list(value.items())
            for i, (key, item) in enumerate(items):
                emit(item, (*path, key), indent + 1, json.dumps(key) + ": ", "," if i < len(items) - 1 else "")
            lines.append(f"{pad}}}{suffix}")
            paths.append(path)
        elif isinstance(value, list) and value:
            lines.append(f"{pad}{prefix}[")
            paths.append(path)
            for i, item in enumerate(value):
                emit(item, (*path, i), indent + 1, "", "," if i < len(value) - 1 else "")
            lines.append(f"{pad}]{suffix}")
            paths.append(path)
        else:
            lines.append(f"{pad}{prefix}{json.dumps(value)}{suffix}")
            paths.append(path)

    emit(document, (), 0, "", "")
    return "\n".join(lines) + "\n", paths


@dataclass(frozen=True)
class Finding:
    """One diagnostic, placed on a Pulumi resource and property where it can be."""

    severity: str
    resource: str
    """``name (type)`` of the Pulumi resource, ``provider aws`` or ``main.tf.json``."""
    property: str
    message: str

    def __str__(self) -> str:
        where = f"{self.resource} {self.property}".strip() if self.property else self.resource
        return f"{self.severity}: {where}: {self.message}"


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def locate(translation: Translation, path: Path) -> tuple[str, str]:
    """The Pulumi resource and property a document path belongs to (the longest mapped prefix)."""
    if len(path) >= 3 and path[0] == "resource":
        resource = translation.resources.get(f"{path[1]}.{path[2]}")
        who = label(resource) if resource is not None else f"{path[1]}.{path[2]}"
    elif path[:1] == ("provider",):
        alias = ""
        if len(path) >= 3 and isinstance(path[2], int):
            blocks = translation.document.get("provider", {}).get("aws", [])
            alias = blocks[path[2]].get("alias", "") if path[2] < len(blocks) else ""
            path = (*path[:2], *path[3:])
        who = f"provider aws{'.' + alias if alias else ''}"
    else:
        return "main.tf.json", ".".join(str(p) for p in path)
    for end in range(len(path), 2, -1):
        if path[:end] in translation.source_map:
            return who, translation.source_map[path[:end]]
    return who, ""


def findings(translation: Translation, line_paths: list[Path], diagnostics: list[dict[str, Any]]) -> list[Finding]:
    """``terraform validate -json`` diagnostics as findings on Pulumi resources."""
    out = []
    for diag in diagnostics:
        line = ((diag.get("range") or {}).get("start") or {}).get("line")
        path = line_paths[line - 1] if isinstance(line, int) and 0 < line <= len(line_paths) else ()
        resource, prop = locate(translation, path)
        if resource == "main.tf.json" and not path:
            context = (diag.get("snippet") or {}).get("context") or ""
            if context.startswith("resource."):
                address = context.split(".", 1)[1]
                r = translation.resources.get(address)
                resource = label(r) if r is not None else address
        detail = _squash(diag.get("detail") or "")
        summary = _squash(diag.get("summary") or "")
        message = f"{summary}: {detail}" if detail and summary and not detail.startswith(summary) else detail or summary
        out.append(Finding(diag.get("severity", "error"), resource, prop, message))
    return out
