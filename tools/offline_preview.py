"""Offline plan: run a Pulumi Python program under the mock runtime with a stack's config and show what it
would declare — the resource tree, a count per type and the stack outputs.

    python -m tools.offline_preview --stack dev [--program DIR] [--config FILE] [--preview] [--format text|json]

Exit codes: 0 success; 2 bad config, missing file or program error (one line on stderr).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any, NoReturn

import pulumi

from tools.engine import ProgramError, ProgramRun, RecordedResource, run_program
from tools.stack_files import StackFileError, read_project, read_stack_config

REPO_ROOT = Path(__file__).resolve().parent.parent
EXIT_OK, EXIT_BAD_INPUT = 0, 2


class UsageError(Exception):
    """Bad command-line input; the message is one line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="python -m tools.offline_preview", description=__doc__.split("\n\n")[0])
    parser.add_argument("--stack", default="dev", help="stack name (default: dev)")
    parser.add_argument("--program", type=Path, default=REPO_ROOT, help="Pulumi program directory (default: repo root)")
    parser.add_argument("--config", type=Path, help="stack config file (default: Pulumi.<stack>.yaml in the program)")
    parser.add_argument("--preview", action="store_true", help="preview mode: computed values are unknown")
    parser.add_argument("--format", choices=("text", "json"), default="text", help="output format (default: text)")
    return parser


def plan(args: argparse.Namespace) -> ProgramRun:
    """Load the project and stack config named by ``args`` and run the program once."""
    program = args.program.resolve()
    if not program.is_dir():
        raise StackFileError(f"{args.program}: program directory not found")
    project, defaults = read_project(program)
    config_path = args.config if args.config is not None else program / f"Pulumi.{args.stack}.yaml"
    config, secrets = read_stack_config(config_path, project, defaults)
    return run_program(program, project, args.stack, config, secret_keys=secrets, preview=args.preview)


def to_json(run: ProgramRun) -> dict[str, Any]:
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


def main(argv: list[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        run = plan(args)
    except (UsageError, StackFileError, ProgramError, pulumi.RunError) as exc:
        print(f"offline_preview: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.format == "json":
        print(json.dumps(to_json(run), indent=2))
    else:
        print(render_text(run))
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
