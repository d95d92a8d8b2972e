"""Offline plan: run a Pulumi Python program under the mock runtime with a stack's config, show what it would
declare (the resource tree, a count per type, the stack outputs) and the policy pack's verdicts on it.

    python -m tools.offline_preview (--stack dev | --all-stacks) [--program DIR] [--config FILE] [--preview]
        [--format text|json|markdown|sarif] [--output FILE] [--compare BASE-PLAN.json]
        [--policy-pack DIR] [--policy-config FILE] [--no-policies] [--state EXPORT.json]
        [--no-schema-check] [--traceback] [--tf-validate]

The pack runs as the Pulumi CLI runs it: started from its own entry point and called over the Analyzer gRPC
protocol. ``--state`` checks a ``pulumi stack export`` document instead of running the program.
``--tf-validate`` also validates the plan with the upstream AWS provider (``tools.tf_bridge``).

Before the policies, every resource's inputs are checked against the installed pulumi-aws schema
(``tools.offline_preview.schema_check``): inputs the provider would reject are listed one per line and stop the run.

``--all-stacks`` plans every stack, always all of them, into one report (JSON: ``{"stacks": [...]}``); stdout
carries only the report, errors go to stderr.

Exit codes (with several stacks, the worst of them: 2 over 1 over 0): 0 no mandatory violation; 1 at least one
mandatory violation; 2 bad input (stack config, program error, inputs the provider would reject, policy pack
or policy config, stack export) or errors from ``--tf-validate``, reported in one line each on stderr.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import traceback
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pulumi

from tools.cli import OneLineParser, UsageError, read_json
from tools.offline_preview import reports
from tools.offline_preview.analyzer import PackError, PolicyPackProcess, Violation, check_run
from tools.offline_preview.engine import ProgramError, ProgramRun, RecordedResource, run_program
from tools.offline_preview.mock_cloud import ACCOUNT_ID as MOCK_ACCOUNT_ID
from tools.offline_preview.policy_inputs import PolicyInputError, load_policy_config, run_from_export
from tools.offline_preview.pulumi_aws_schema import SchemaError
from tools.offline_preview.schema_check import Finding
from tools.offline_preview.schema_check import check_run as check_schema
from tools.offline_preview.stack_files import StackFileError, read_project, read_stack_config

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_PACK = REPO_ROOT / "policies"
EXIT_OK, EXIT_MANDATORY, EXIT_BAD_INPUT = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser("python -m tools.offline_preview", __doc__)
    parser.add_argument("--stack", help="stack name (default: dev; with --state, the exported stack's)")
    parser.add_argument("--program", type=Path, default=REPO_ROOT, help="Pulumi program directory (default: repo root)")
    parser.add_argument("--config", type=Path, help="stack config file (default: Pulumi.<stack>.yaml in the program)")
    parser.add_argument("--preview", action="store_true", help="preview mode: computed values are unknown")
    parser.add_argument(
        "--all-stacks",
        action="store_true",
        help="plan every Pulumi.<stack>.yaml (all of them, even after a failure); exit code: the worst",
    )
    parser.add_argument(
        "--format",
        choices=("text", "json", "markdown", "sarif"),
        default="text",
        help="report format (default: text); markdown for a job summary, sarif for code scanning",
    )
    parser.add_argument(
        "--output", type=Path, metavar="FILE", help="write the report to FILE; the terminal still gets the text report"
    )
    parser.add_argument(
        "--compare",
        type=Path,
        metavar="PLAN.json",
        help="markdown: show the change in resource counts against this plan (e.g. the base branch's)",
    )
    # --- schema check and program errors (issue 10) ---
    parser.add_argument(
        "--no-schema-check", action="store_true", help="do not check resource inputs against the pulumi-aws schema"
    )
    parser.add_argument("--traceback", action="store_true", help="on a program error, print the whole traceback")
    # ---
    policy = parser.add_argument_group("policies")
    policy.add_argument(
        "--policy-pack", type=Path, default=DEFAULT_PACK, metavar="DIR", help="policy pack directory (default: policies/)"
    )
    policy.add_argument(
        "--policy-config",
        type=Path,
        metavar="FILE",
        help="policy config JSON (default: <pack>/config/<stack>.json when present)",
    )
    policy.add_argument("--no-policies", action="store_true", help="plan only; do not run the policy pack")
    policy.add_argument(
        "--state", type=Path, metavar="FILE", help="check a `pulumi stack export` JSON instead of running the program"
    )
    parser.add_argument(
        "--tf-validate",
        action="store_true",
        help="also run `terraform validate` on the plan with the real AWS provider (offline)",
    )
    return parser


def policy_config_path(args: argparse.Namespace, stack: str) -> Path | None:
    if args.policy_config is not None:
        given: Path = args.policy_config
        return given
    default = args.policy_pack / "config" / f"{stack}.json"
    return default if default.is_file() else None


def check_policies(args: argparse.Namespace, run: ProgramRun, pack: PolicyPackProcess) -> list[Violation]:
    """Validate the policy config against the pack and run every check the CLI would."""
    path = policy_config_path(args, run.stack)
    config = load_policy_config(path, pack.info()) if path is not None else {}
    return check_run(pack, run, config)


def _specific(message: str) -> str:
    """The resource-specific sentence of a diagnostic (the pack prefixes the policy description)."""
    return message.split("\n", 1)[1] if "\n" in message else message


def violations_json(run: ProgramRun, violations: list[Violation]) -> list[dict[str, Any]]:
    by_urn = run.by_urn()
    return [
        {
            "policy": v.policy,
            "level": v.level,
            "urn": v.urn,
            "type": by_urn[v.urn].type if v.urn in by_urn else "",
            "name": by_urn[v.urn].name if v.urn in by_urn else "",
            "message": _specific(v.message),
        }
        for v in violations
    ]


def summary(run: ProgramRun, violations: list[Violation]) -> dict[str, int]:
    levels = Counter(v.level for v in violations)
    return {"resources": len(run.resources), "mandatory": levels["mandatory"], "advisory": levels["advisory"]}


def _violation_line(v: dict[str, Any]) -> str:
    """``<type>  <name>: <message>``: the resource is named even when a rule's message does not name it."""
    if not v["name"]:
        return f"stack  {v['message']}"
    message = v["message"].removeprefix(f"{v['name']}: ")
    return f"{v['type']}  {v['name']}: {message}"


def render_violations(run: ProgramRun, violations: list[Violation]) -> str:
    """Violations grouped by policy, mandatory first, each with its resource."""
    counts = summary(run, violations)
    lines = [f"Policy violations: {counts['mandatory']} mandatory, {counts['advisory']} advisory"]
    groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for v in violations_json(run, violations):
        groups[(v["level"], v["policy"])].append(v)
    for (level, policy), found in sorted(groups.items(), key=lambda kv: (kv[0][0] != "mandatory", kv[0][1])):
        lines.append(f"  [{level}] {policy} ({len(found)})")
        lines += [f"    {_violation_line(v)}" for v in found]
    return "\n".join(lines)


def plan(args: argparse.Namespace, stack: str | None = None) -> ProgramRun:
    """Load the project and the config of ``stack`` (default: the one ``args`` names) and run the program once."""
    program = args.program.resolve()
    if not program.is_dir():
        raise StackFileError(f"{args.program}: program directory not found")
    project, defaults = read_project(program)
    stack = stack or args.stack or "dev"
    config_path = args.config if args.config is not None else program / f"Pulumi.{stack}.yaml"
    config, secrets = read_stack_config(config_path, project, defaults)
    return run_program(program, project, stack, config, secret_keys=secrets, preview=args.preview)


EXAMPLE_ACCOUNT = MOCK_ACCOUNT_ID
"""AWS's documentation account (123456789012): the account of the template's example certificate ARN and, so
that computed ARNs look real, of the offline mock. A real preview rejects a certificate from another account;
offline the two accounts are the same, so the plan warns instead (exit code unchanged: a fresh clone's
``make plan`` passes, and says what to replace before the first real deployment)."""
_ACM_ARN = re.compile(r"^arn:aws[a-z-]*:acm:[a-z0-9-]+:(?P<account>\d{12}):certificate/")


def _strings(value: Any, path: str = "") -> list[tuple[str, str]]:
    if isinstance(value, str):
        return [(path, value)]
    if isinstance(value, dict):
        return [found for k, v in value.items() for found in _strings(v, f"{path}.{k}" if path else k)]
    if isinstance(value, list):
        return [found for i, v in enumerate(value) for found in _strings(v, f"{path}[{i}]")]
    return []


def example_certificate_warnings(run: ProgramRun) -> list[str]:
    """One warning per resource input that names an ACM certificate in the documentation account."""
    return [
        f"{r.type} {r.name}: {path} is {value}, an example certificate in AWS's documentation account "
        f"{EXAMPLE_ACCOUNT} (also the offline mock's account, so this plan cannot reject it); a real preview "
        "stops until the stack's certificateArn names an ACM certificate of yours in aws:region"
        for r in run.resources
        if r.custom
        for path, value in _strings(r.inputs)
        if (match := _ACM_ARN.match(value)) and match["account"] == EXAMPLE_ACCOUNT
    ]


def to_json(
    run: ProgramRun, violations: list[Violation] | None = None, schema: list[Finding] | None = None
) -> dict[str, Any]:
    """The documented JSON shape: stack, resources (urn, type, name, parent, custom, inputs, options), outputs."""
    return {
        "stack": run.stack,
        "project": run.project,
        "preview": run.preview,
        "resources": [
            {
                "urn": r.urn,
                "type": r.type,
                "name": r.name,
                "parent": r.parent or None,
                "custom": r.custom,
                "inputs": r.display_inputs(),
                "protect": r.protect,
                "retainOnDelete": r.retain_on_delete,
                "dependencies": r.dependencies,
                "propertyDependencies": r.property_dependencies,
            }
            for r in run.resources
        ],
        "outputs": run.outputs,
        "warnings": run.warnings,
        **({} if schema is None else {"schema": [f.to_json() for f in schema]}),
        **(
            {}
            if violations is None
            else {"violations": violations_json(run, violations), "summary": summary(run, violations)}
        ),
    }


def render_text(run: ProgramRun) -> str:
    """Resource tree, count per type and outputs, for people."""
    children: dict[str, list[RecordedResource]] = defaultdict(list)
    roots: list[RecordedResource] = []
    for r in run.resources:
        (children[r.parent] if r.parent else roots).append(r)

    mode = "preview (computed values unknown)" if run.preview else "mock deployment"
    lines = [f"Stack {run.project}/{run.stack}: {len(run.resources)} resources, offline {mode}", ""]

    def walk(node: RecordedResource, prefix: str, last: bool, top: bool) -> None:
        flags = [f for f, on in (("protected", node.protect), ("retained on delete", node.retain_on_delete)) if on]
        label = f"{node.type}  {node.name}" + (f"  [{', '.join(flags)}]" if flags else "")
        lines.append(label if top else f"{prefix}{'└─ ' if last else '├─ '}{label}")
        kids = children.get(node.urn, [])
        inner = "" if top else prefix + ("   " if last else "│  ")
        for i, kid in enumerate(kids):
            walk(kid, inner, i == len(kids) - 1, False)

    for root in roots:
        walk(root, "", True, True)

    counts = Counter(r.type for r in run.resources if r.custom)
    lines += ["", f"Resources by type ({sum(counts.values())} cloud resources):"]
    lines += [f"  {n:4d}  {t}" for t, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    lines += ["", "Outputs:"]
    width = max((len(k) for k in run.outputs), default=0)
    lines += [f"  {k.ljust(width)}  {json.dumps(v) if not isinstance(v, str) else v}" for k, v in run.outputs.items()]
    for warning in run.warnings:
        lines.append(f"warning: {warning}")
    return "\n".join(lines)


@dataclass
class StackPlan:
    """One stack's outcome: its run (unless it failed before one), verdicts, schema findings, error, exit code."""

    stack: str
    run: ProgramRun | None = None
    violations: list[Violation] | None = None
    findings: list[Finding] | None = None
    error: str = ""
    code: int = EXIT_OK

    def to_json(self) -> dict[str, Any]:
        if self.run is None:
            return {"stack": self.stack, "error": self.error, "exitCode": self.code}
        doc = to_json(self.run, self.violations, self.findings)
        return {**doc, **({"error": self.error} if self.error else {}), "exitCode": self.code}


def stacks_of(program: Path) -> list[str]:
    """Every stack with a ``Pulumi.<stack>.yaml`` in the program directory, sorted."""
    return sorted(p.name[len("Pulumi.") : -len(".yaml")] for p in program.glob("Pulumi.*.yaml"))


def plan_stack(args: argparse.Namespace, stack: str | None, pack: PolicyPackProcess | None) -> StackPlan:
    """Plan one stack and judge it; expected errors become the plan's error (one line) and exit code 2."""
    result = StackPlan(stack or args.stack or "dev")
    try:
        run = run_from_export(args.state, args.stack) if args.state is not None else plan(args, stack)
        result.stack, result.run = run.stack, run
        if args.state is None:
            run.warnings += example_certificate_warnings(run)
        if args.state is None and not args.no_schema_check:
            result.findings = check_schema(run)  # before policies: the provider rejects these before a pack sees them
        if pack is not None and not result.findings:
            result.violations = check_policies(args, run, pack)
    except (StackFileError, ProgramError, PolicyInputError, pulumi.RunError, SchemaError) as exc:
        if isinstance(exc, ProgramError) and exc.__cause__ is not None and args.traceback:
            traceback.print_exception(exc.__cause__, file=sys.stderr)
        # bad input is reported, not half-planned: the stack gets its one-line error and no report
        result.run, result.error, result.code = None, str(exc), EXIT_BAD_INPUT
        return result
    if result.findings:
        result.error = (
            f"{len(result.findings)} resource input(s) the AWS provider would reject; "
            "policies not run (--no-schema-check skips this check)"
        )
        result.code = EXIT_BAD_INPUT
    elif args.tf_validate and result.run is not None:
        from tools.tf_bridge.cli import validate_stderr  # loaded only when asked: it needs terraform

        if not validate_stderr(result.run):
            result.error, result.code = "the upstream AWS provider rejected the plan (--tf-validate)", EXIT_BAD_INPUT
    elif result.violations is not None and any(v.level == "mandatory" for v in result.violations):
        result.code = EXIT_MANDATORY
    return result


def _check_args(args: argparse.Namespace) -> None:
    if args.state is not None and (args.preview or args.config is not None):
        raise UsageError("--state checks an existing stack: it cannot be combined with --preview or --config")
    if args.tf_validate and (args.preview or args.state is not None):
        raise UsageError("--tf-validate needs the mock deployment's IDs: drop --preview and --state")
    if args.no_policies and args.state is not None:
        raise UsageError("--state needs the policy pack: drop --no-policies")
    if args.all_stacks and (args.stack or args.config is not None or args.state is not None):
        raise UsageError("--all-stacks plans every Pulumi.<stack>.yaml: drop --stack, --config and --state")
    if args.format in ("markdown", "sarif") and args.no_policies:
        raise UsageError(f"--format {args.format} reports policy verdicts: drop --no-policies")
    if args.compare is not None and args.format != "markdown":
        raise UsageError("--compare shows the change in a markdown report: add --format markdown")


def _load_compare(path: Path) -> list[dict[str, Any]]:
    data = read_json(path, "--compare plan", UsageError, " (write it with --format json)")
    stacks = data.get("stacks") if isinstance(data, dict) and "stacks" in data else [data]
    if not isinstance(stacks, list) or not all(isinstance(s, dict) and isinstance(s.get("stack"), str) for s in stacks):
        raise UsageError(f'{path}: expected an offline plan in JSON ({{"stack": ...}} or {{"stacks": [...]}})')
    return stacks


def render(
    args: argparse.Namespace,
    plans: list[StackPlan],
    fmt: str,
    pack: PolicyPackProcess | None,
    base: list[dict[str, Any]] | None,
) -> str:
    """The report of every planned stack in one document of the requested format."""
    if fmt == "json":
        docs = [p.to_json() for p in plans]
        return json.dumps(
            docs[0]
            if len(docs) == 1 and not args.all_stacks
            else {"stacks": docs, "exitCode": max((p.code for p in plans), default=EXIT_OK)},
            indent=2,
        )
    if fmt in ("markdown", "sarif"):
        assert pack is not None  # _check_args: these formats need the pack
        info = pack.info()
        policies = reports.catalogue(info.policies)
        docs = [p.to_json() for p in plans if p.run is not None]
        if fmt == "markdown":
            failed = [f"- ❗ `{p.stack}`: {p.error}" for p in plans if p.error]
            return reports.markdown(docs, policies, base) + ("\n" + "\n".join(failed) + "\n" if failed else "")
        files = reports.declaring_files(args.program.resolve())
        return json.dumps(reports.sarif(docs, policies, tool=info.name, version=info.version or "0", files=files), indent=2)
    blocks = []
    for p in plans:
        if p.run is None:
            blocks.append(f"Stack {p.stack}: not planned ({p.error})")
            continue
        blocks.append(render_text(p.run) + ("" if p.violations is None else "\n\n" + render_violations(p.run, p.violations)))
    return "\n\n".join(blocks)


def main(argv: list[str] | None = None) -> int:
    pack: PolicyPackProcess | None = None
    try:
        args = build_parser().parse_args(argv)
        _check_args(args)
        base = _load_compare(args.compare) if args.compare is not None else None
        program = args.program.resolve()
        if args.all_stacks and not program.is_dir():
            raise StackFileError(f"{args.program}: program directory not found")
        stacks: list[str | None] = list(stacks_of(program)) if args.all_stacks else [args.stack]
        if not stacks:
            raise StackFileError(f"{args.program}: no Pulumi.<stack>.yaml to plan")
        if not args.no_policies:
            pack = PolicyPackProcess(args.policy_pack)  # starts while the first program runs
        plans = [plan_stack(args, stack, pack) for stack in stacks]
        report = render(args, plans, args.format, pack, base)
        terminal = report if args.output is None else render(args, plans, "text", pack, base)
    except (UsageError, StackFileError, PackError, PolicyInputError) as exc:
        print(f"offline_preview: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    finally:
        if pack is not None:
            pack.close()
    if args.output is not None and (args.all_stacks or plans[0].run is not None):
        try:
            args.output.write_text(report + "\n", encoding="utf-8")
        except OSError as exc:
            print(f"offline_preview: error: --output {args.output}: {exc.strerror or exc}", file=sys.stderr)
            return EXIT_BAD_INPUT
    if args.all_stacks or plans[0].run is not None:  # one stack that never ran has nothing to report but its error
        print(terminal)
    for p in plans:
        for finding in p.findings or []:
            print(finding, file=sys.stderr)
        if p.error:
            where = f"[{p.stack}] " if args.all_stacks else ""
            print(f"offline_preview: error: {where}{p.error}", file=sys.stderr)
    return max((p.code for p in plans), default=EXIT_OK)
