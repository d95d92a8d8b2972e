"""checkov over every stack of a Pulumi program, findings named by Pulumi resource, against a reasoned baseline.

    python -m tools.scan [--stack NAME ...] [--baseline FILE] [--format text|json|sarif] [--output FILE]
                         [--checkov PATH] [--program DIR] [--keep DIR]

For each stack (default: every ``Pulumi.<stack>.yaml``), the offline plan is run (recording where each
resource is declared), translated with ``tools.tf_bridge`` and rendered as ``main.tf``; one checkov run judges
them all. Each failed check is named by the Pulumi resource (type, logical name, URN) and the file and line of
the call that declared it (the Pulumi SDK's own source position, as ``pulumi`` records it), and is either
accepted by the baseline (``scan-baseline.json``: check IDs per resource, each with its reason) or new.

Exit codes: 0 every finding accepted; 1 a new finding, a stale baseline entry, or a property the translation
could not carry (the scan cannot vouch for what checkov did not see); 2 bad input (baseline, stack, flags),
checkov or terraform missing (one line on stderr).
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

import pulumi

from tools.cli import OneLineParser, UsageError
from tools.offline_preview.reports import declaring_files, location
from tools.scan import baseline as baselines
from tools.scan import checkov, report
from tools.tf_bridge.hcl import render
from tools.tf_bridge.imports import ProgramError, RecordedResource, StackFileError
from tools.tf_bridge.runner import Bridge, BridgeError, plan_stack
from tools.tf_bridge.terraform import REPO_ROOT, TerraformError, TerraformUnavailable
from tools.tf_bridge.translate import Translation

PROG = "python -m tools.scan"
BASELINE = "scan-baseline.json"
EXIT_OK, EXIT_FINDINGS, EXIT_ERRORS = 0, 1, 2


def build_parser() -> OneLineParser:
    parser = OneLineParser(PROG, __doc__)
    parser.add_argument("--stack", action="append", help="stack to scan (repeatable; default: every stack file)")
    parser.add_argument("--program", type=Path, default=REPO_ROOT, help="Pulumi program (default: repo root)")
    parser.add_argument("--baseline", type=Path, help=f"accepted findings (default: <program>/{BASELINE}, if present)")
    parser.add_argument("--format", choices=("text", "json", "sarif"), default="text")
    parser.add_argument("--output", type=Path, metavar="FILE", help="write the report to FILE (the terminal gets text)")
    parser.add_argument("--checkov", help="checkov executable (default: $CHECKOV, then .venv-scan/bin/checkov)")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="keep each stack's rendered main.tf under DIR/<stack>/")
    return parser


def source_of(resource: RecordedResource, program: Path, components: dict[str, tuple[str, int]]) -> tuple[str, int]:
    """Where the program declared ``resource``: the SDK's source position when it is inside the program,
    else the file declaring its nearest component (``offline_preview.reports.location``)."""
    if resource.source is not None:
        path, line = resource.source
        try:
            return Path(path).resolve().relative_to(program).as_posix(), line
        except ValueError:
            pass
    return location(resource.urn, components)


def findings_of(
    stack: str,
    translation: Translation,
    results: list[checkov.Result],
    accepted: list[baselines.Accepted],
    program: Path,
    components: dict[str, tuple[str, int]],
) -> report.StackScan:
    """One stack's checkov results, failed ones named by Pulumi resource and matched with the baseline."""
    scan = report.StackScan(stack, untranslatable=[str(u) for u in translation.untranslatable])
    for r in results:
        if r.passed:
            scan.passed += 1
            continue
        resource = translation.resources.get(r.address)
        if resource is None:  # a provider block or another non-resource: named by its address
            name, token, urn, (file, line) = r.address, "terraform", "", ("__main__.py", 1)
        else:
            name, token, urn = resource.name, resource.type, resource.urn
            file, line = source_of(resource, program, components)
        entry = baselines.match(accepted, stack, token, name, r.check)
        scan.findings.append(
            report.Finding(stack, r.check, r.title, name, token, urn, r.address, file, line, entry.reason if entry else None)
        )
    return scan


def stale_entries(accepted: list[baselines.Accepted], stacks: list[report.StackScan]) -> list[str]:
    """Baseline entries that apply to a scanned stack and matched no finding there."""
    used = {(f.stack, f.type, f.name, f.check) for s in stacks for f in s.findings if f.accepted is not None}
    return [
        e.describe()
        for e in accepted
        if any(e.applies_to(s.stack) for s in stacks)
        and not any((s.stack, e.type, e.name, e.check) in used for s in stacks if e.applies_to(s.stack))
    ]


def scan_program(
    program: Path, stacks: list[str], accepted: list[baselines.Accepted], checkov_path: str, keep: Path | None
) -> report.Scan:
    bridge = Bridge.load()
    components = declaring_files(program)
    translations: dict[str, Translation] = {}
    with tempfile.TemporaryDirectory(prefix="scan-") as tmp:
        root = Path(tmp)
        for stack in stacks:
            translation = bridge.translate(plan_stack(program, stack, source_positions=True))
            translations[stack] = translation
            (root / stack).mkdir()
            (root / stack / "main.tf").write_text(render(translation.document, bridge.schema).text)
        if keep is not None:
            shutil.copytree(root, keep, dirs_exist_ok=True)
        version, results = checkov.run(checkov_path, root)
    if version and version != checkov.CHECKOV_VERSION:
        print(
            f"scan: warning: checkov {version} is not the pinned {checkov.CHECKOV_VERSION}: "
            "the baseline's reasons were checked against the pin",
            file=sys.stderr,
        )
    scanned = [
        findings_of(stack, translations[stack], [r for r in results if r.stack == stack], accepted, program, components)
        for stack in stacks
    ]
    return report.Scan(version, scanned, stale_entries(accepted, scanned))


def main(argv: list[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        program = args.program.resolve()
        if not program.is_dir():
            raise UsageError(f"{args.program}: program directory not found")
        known = sorted(p.name[len("Pulumi.") : -len(".yaml")] for p in program.glob("Pulumi.*.yaml"))
        stacks = args.stack or known
        unknown = [s for s in stacks if s not in known]
        if unknown:
            raise UsageError(f"--stack {unknown[0]}: no stack file Pulumi.{unknown[0]}.yaml in {program}")
        accepted = baselines.load(args.baseline or program / BASELINE, known, required=args.baseline is not None)
        checkov_path = checkov.find_checkov(REPO_ROOT, args.checkov)
        scan = scan_program(program, stacks, accepted, checkov_path, args.keep)
    except (
        UsageError,
        baselines.BaselineError,
        checkov.CheckovUnavailable,
        checkov.CheckovError,
        StackFileError,
        ProgramError,
        pulumi.RunError,
        TerraformUnavailable,
        TerraformError,
        BridgeError,
    ) as exc:
        print(f"scan: error: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}", file=sys.stderr)
        return EXIT_ERRORS
    rendered: dict[str, Any] = {"json": report.json_report, "sarif": report.sarif}
    body = report.text(scan) if args.format == "text" else json.dumps(rendered[args.format](scan), indent=2) + "\n"
    if args.output is None:
        print(body, end="")
    else:
        try:
            args.output.write_text(body, encoding="utf-8")
        except OSError as exc:
            print(f"scan: error: --output {args.output}: {exc.strerror or exc}", file=sys.stderr)
            return EXIT_ERRORS
        print(report.text(scan), end="")
    return EXIT_FINDINGS if scan.failed else EXIT_OK
