"""Reports of an offline plan of one or more stacks for CI: a markdown job summary and SARIF 2.1.0.

Both take the plan's JSON documents (``tools.offline_preview``'s ``--format json`` shape, one per stack, with
``violations``) and the pack's policy catalogue, so they are pure functions: the CLI only wires them up.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"mandatory": "error", "advisory": "warning", "remediate": "error"}
ICONS = {"mandatory": "❌", "advisory": "⚠️", "remediate": "🔧"}


@dataclass(frozen=True)
class PolicyMeta:
    """What a report shows about one policy (from the pack's GetAnalyzerInfo)."""

    name: str
    description: str
    remediation: str
    level: str
    severity: str = ""
    tags: tuple[str, ...] = ()


def _counts_by_type(stack: Mapping[str, Any]) -> Counter[str]:
    return Counter(r["type"] for r in stack.get("resources", []) if r.get("custom"))


def _summary(stack: Mapping[str, Any]) -> Mapping[str, int]:
    return stack.get("summary") or {"resources": len(stack.get("resources", [])), "mandatory": 0, "advisory": 0}


def _delta(now: int, before: int | None) -> str:
    if before is None:
        return "new"
    change = now - before
    return f"{change:+d}" if change else "0"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def markdown(
    stacks: Sequence[Mapping[str, Any]], policies: Mapping[str, PolicyMeta], base: Sequence[Mapping[str, Any]] | None = None
) -> str:
    """A compact report for a job summary or PR comment: per stack, resource counts by type (and the change
    against ``base``, the base branch's plan, when given), then violations grouped by rule with resource and
    remediation."""
    before = {s["stack"]: s for s in base or []}
    project = stacks[0]["project"] if stacks else ""
    lines = [f"## Offline plan: {project}", ""]
    header = "| Stack | Resources | Mandatory | Advisory |" + (" Δ resources |" if base is not None else "")
    lines += [header, "|---" * (header.count("|") - 1) + "|"]
    for stack in stacks:
        s = _summary(stack)
        row = f"| {stack['stack']} | {s['resources']} | {s['mandatory']} | {s['advisory']} |"
        if base is not None:
            old = before.get(stack["stack"])
            row += f" {_delta(s['resources'], _summary(old)['resources'] if old else None)} |"
        lines.append(row)
    for stack in stacks:
        lines += ["", f"### {stack['stack']}" + (" (preview)" if stack.get("preview") else ""), ""]
        counts, old = _counts_by_type(stack), before.get(stack["stack"])
        old_counts = _counts_by_type(old) if old else None
        lines.append(f"<details><summary>Resources by type ({sum(counts.values())} cloud resources)</summary>")
        lines += [
            "",
            "| Type | Count |" + (" Δ |" if old_counts is not None else ""),
            "|---|---|" + ("---|" if old_counts is not None else ""),
        ]
        types = sorted(set(counts) | set(old_counts or ()))
        for t in types:
            row = f"| `{t}` | {counts.get(t, 0)} |"
            if old_counts is not None:
                row += f" {_delta(counts.get(t, 0), old_counts.get(t) if t in old_counts else None)} |"
            lines.append(row)
        lines += ["", "</details>", ""]
        violations = stack.get("violations", [])
        if not violations:
            lines.append("No policy violations." if "violations" in stack else "Policies were not run.")
            continue
        groups: dict[tuple[str, str], list[Mapping[str, Any]]] = {}
        for v in violations:
            groups.setdefault((v["level"], v["policy"]), []).append(v)
        for (level, policy), found in sorted(groups.items(), key=lambda kv: (kv[0][0] != "mandatory", kv[0][1])):
            meta = policies.get(policy)
            lines.append(
                f"{ICONS.get(level, '•')} **{policy}** ({level}, {len(found)})" + (f": {meta.description}" if meta else "")
            )
            lines += [f"- `{v['type'] or 'stack'}` `{v['name']}`: {_cell(v['message'])}" for v in found]
            if meta and meta.remediation:
                lines.append(f"- *Fix:* {_cell(meta.remediation)}")
            lines.append("")
    return "\n".join(lines).rstrip() + "\n"


_TOKEN = re.compile(r'"([a-z][\w-]*:[\w./-]+:[A-Z]\w*)"')


def declaring_files(program: Path) -> dict[str, tuple[str, int]]:
    """Component type token -> (file relative to the program, line) for every token string in the program's
    own Python files (its ``__main__.py`` and packages beside it, not virtualenvs)."""
    found: dict[str, tuple[str, int]] = {}
    for path in sorted(program.rglob("*.py")):
        relative = path.relative_to(program)
        if relative.parts[0].startswith(".") or relative.parts[0] in ("tests", "policies", "tools", "bench"):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), start=1):
            for token in _TOKEN.findall(line):
                found.setdefault(token, (relative.as_posix(), number))
    return found


def location(urn: str, files: Mapping[str, tuple[str, int]], entry: str = "__main__.py") -> tuple[str, int]:
    """Where a resource is declared: the file of its nearest enclosing component, else the entry point."""
    qualified = urn.split("::")[2] if urn.count("::") >= 3 else ""
    for type_ in reversed(qualified.split("$")[:-1]):
        if type_ in files:
            return files[type_]
    return entry, 1


def sarif(
    stacks: Sequence[Mapping[str, Any]],
    policies: Mapping[str, PolicyMeta],
    *,
    tool: str,
    version: str,
    files: Mapping[str, tuple[str, int]] | None = None,
) -> dict[str, Any]:
    """SARIF 2.1.0 with one rule per policy and one result per violation, all stacks in one run (GitHub code
    scanning accepts one run per tool and category). The URN is the logical location; the file declaring the
    resource's component (or ``__main__.py``) is the physical one."""
    names = sorted(policies)
    index = {name: i for i, name in enumerate(names)}
    rules = []
    for name in names:
        meta = policies[name]
        rule: dict[str, Any] = {
            "id": name,
            "name": "".join(part.title() for part in re.split(r"[^A-Za-z0-9]+", name)),
            "shortDescription": {"text": meta.description or name},
            "fullDescription": {"text": meta.description or name},
            "help": {"text": meta.remediation or meta.description or name},
            "defaultConfiguration": {"level": LEVELS.get(meta.level, "none")},
            "properties": {"tags": list(meta.tags)},
        }
        rules.append(rule)
    results = []
    for stack in stacks:
        for v in stack.get("violations", []):
            path, line = location(v["urn"], files or {})
            result: dict[str, Any] = {
                "ruleId": v["policy"],
                "level": LEVELS.get(v["level"], "note"),
                "message": {"text": f"[{stack['stack']}] {v['type'] or 'stack'} {v['name']}: {v['message']}"},
                "locations": [
                    {
                        "physicalLocation": {"artifactLocation": {"uri": path}, "region": {"startLine": line}},
                        "logicalLocations": [{"fullyQualifiedName": v["urn"] or stack["stack"], "kind": "resource"}],
                    }
                ],
                "partialFingerprints": {"policyUrn/v1": f"{v['policy']}|{v['urn'] or stack['stack']}"},
                "properties": {"stack": stack["stack"], "enforcementLevel": v["level"]},
            }
            if v["policy"] in index:
                result["ruleIndex"] = index[v["policy"]]
            results.append(result)
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": {"name": tool, "version": version, "rules": rules}},
                "results": results,
                "columnKind": "unicodeCodePoints",
            }
        ],
    }


def catalogue(policies: Iterable[Any]) -> dict[str, PolicyMeta]:
    """PolicyMeta for each ``PolicyInfo`` message of a pack's GetAnalyzerInfo answer."""
    from pulumi.runtime.proto import analyzer_pb2  # the protocol's enums; imported late to keep this module light

    levels = {v: k.lower() for k, v in analyzer_pb2.EnforcementLevel.items()}
    return {
        p.name: PolicyMeta(
            name=p.name,
            description=p.description,
            remediation=p.remediation_steps,
            level=levels.get(p.enforcementLevel, "advisory"),
            tags=tuple(p.tags),
        )
        for p in policies
    }
