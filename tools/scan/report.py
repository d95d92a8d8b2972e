"""The scan's verdicts as text (people), JSON (tools) and SARIF 2.1.0 (code scanning), in the conventions of
the offline plan's reports (``tools.offline_preview.reports``): the URN is the logical location, the file and
line that declared the resource the physical one, one run for every stack."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

from tools.offline_preview.reports import SARIF_SCHEMA


@dataclass(frozen=True)
class Finding:
    """A failed checkov check on one Pulumi resource of one stack."""

    stack: str
    check: str
    title: str
    name: str
    """Pulumi logical name (the Terraform address when the result is not on a resource)."""
    type: str
    urn: str
    address: str
    file: str
    line: int
    accepted: str | None = None
    """The baseline's reason, or None for a new finding."""


@dataclass
class StackScan:
    """One stack: its findings, how many checks passed, and what the translation could not carry."""

    stack: str
    passed: int = 0
    findings: list[Finding] = field(default_factory=list)
    untranslatable: list[str] = field(default_factory=list)


@dataclass
class Scan:
    """Every scanned stack, the baseline entries nothing matched, and checkov's version."""

    checkov: str
    stacks: list[StackScan]
    stale: list[str] = field(default_factory=list)

    @property
    def new(self) -> list[Finding]:
        return [f for s in self.stacks for f in s.findings if f.accepted is None]

    @property
    def failed(self) -> bool:
        return bool(self.new or self.stale or any(s.untranslatable for s in self.stacks))


def text(scan: Scan) -> str:
    lines = []
    for s in scan.stacks:
        new = [f for f in s.findings if f.accepted is None]
        lines.append(
            f"scan {s.stack}: {len(s.findings)} failed checks ({len(s.findings) - len(new)} accepted in the baseline, "
            f"{len(new)} new), {s.passed} passed"
        )
        for f in sorted(s.findings, key=lambda f: (f.accepted is not None, f.check, f.type, f.name)):
            status = "NEW     " if f.accepted is None else "accepted"
            lines.append(f"  {status} {f.check} {f.type} {f.name} ({f.file}:{f.line}): {f.title}")
        lines += [f"  not scanned (untranslatable): {u}" for u in s.untranslatable]
    if scan.stale:
        lines.append("stale baseline entries (no finding matched them; remove them from the baseline):")
        lines += [f"  {entry}" for entry in scan.stale]
    lines.append(
        f"scan: checkov {scan.checkov}: "
        + ("clean: every finding is accepted in the baseline" if not scan.failed else f"{len(scan.new)} new findings")
        + (f", {len(scan.stale)} stale baseline entries" if scan.stale else "")
    )
    return "\n".join(lines) + "\n"


def json_report(scan: Scan) -> dict[str, Any]:
    """The documented JSON shape: checkov's version, per stack the passed count, findings and untranslatable
    properties, the stale baseline entries, and totals."""
    findings = [f for s in scan.stacks for f in s.findings]
    return {
        "checkov": scan.checkov,
        "stacks": [
            {
                "stack": s.stack,
                "passed": s.passed,
                "findings": [asdict(f) for f in s.findings],
                "untranslatable": s.untranslatable,
            }
            for s in scan.stacks
        ],
        "stale": scan.stale,
        "summary": {
            "findings": len(findings),
            "accepted": sum(f.accepted is not None for f in findings),
            "new": len(scan.new),
            "stale": len(scan.stale),
            "failed": scan.failed,
        },
    }


def sarif(scan: Scan) -> dict[str, Any]:
    """SARIF 2.1.0: one rule per checkov check, one result per finding; accepted findings carry an external
    suppression with the baseline's reason (code scanning shows them as dismissed, not as alerts)."""
    titles = {f.check: f.title for s in scan.stacks for f in s.findings}
    ids = sorted(titles)
    index = {check: i for i, check in enumerate(ids)}
    rules = [
        {
            "id": check,
            "name": "".join(part.title() for part in re.split(r"[^A-Za-z0-9]+", check)),
            "shortDescription": {"text": titles[check] or check},
            "fullDescription": {"text": titles[check] or check},
            "help": {"text": f"checkov {check}: {titles[check]}. Fix the resource, or accept it in the baseline with why."},
            "defaultConfiguration": {"level": "error"},
        }
        for check in ids
    ]
    results = []
    for s in scan.stacks:
        for f in s.findings:
            result: dict[str, Any] = {
                "ruleId": f.check,
                "ruleIndex": index[f.check],
                "level": "error",
                "message": {"text": f"[{s.stack}] {f.type} {f.name}: {f.title}"},
                "locations": [
                    {
                        "physicalLocation": {"artifactLocation": {"uri": f.file}, "region": {"startLine": f.line}},
                        "logicalLocations": [{"fullyQualifiedName": f.urn or f.address, "kind": "resource"}],
                    }
                ],
                "partialFingerprints": {"checkovUrn/v1": f"{f.check}|{f.urn or f.address}"},
                "properties": {"stack": s.stack, "terraformAddress": f.address},
            }
            if f.accepted is not None:
                result["suppressions"] = [{"kind": "external", "justification": f.accepted}]
            results.append(result)
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": {"name": "checkov", "version": scan.checkov, "rules": rules}},
                "results": results,
                "columnKind": "unicodeCodePoints",
            }
        ],
    }
