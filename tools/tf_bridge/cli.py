"""Meet the real provider from the command line.

    python -m tools.tf_bridge validate [--stack NAME ...] [--program DIR] [--config FILE] [--workdir DIR]
    python -m tools.tf_bridge translate --stack NAME [--out FILE]
    python -m tools.tf_bridge up-moto [--stack local] [--workdir DIR] [--no-audit]

``validate`` (``make validate``) translates each stack's offline plan to Terraform JSON and runs ``terraform
validate`` with the upstream AWS provider from the local mirror: no network, no credentials. Every diagnostic
is printed on one line naming the Pulumi resource and property. ``translate`` writes ``main.tf.json`` and lists
what was dropped or filled in, and why. ``up-moto`` (``make up-moto``) applies the local stack to moto, re-plans (no changes
allowed), runs the post-deploy audit and destroys.

Exit codes: 0 clean; 2 validation errors, untranslatable properties, a failed deployment step, or bad input
(one line on stderr).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import NoReturn

import pulumi

from tools.tf_bridge.diagnostics import Finding
from tools.tf_bridge.imports import OneLineParser, ProgramError, ProgramRun, StackFileError, UsageError
from tools.tf_bridge.runner import EXIT_ERRORS, EXIT_OK, Bridge, BridgeError, default_workdir, plan_stack, up_moto
from tools.tf_bridge.terraform import REPO_ROOT, TerraformError, TerraformUnavailable

PROG = "python -m tools.tf_bridge"


def validate_run(
    run: ProgramRun, bridge: Bridge | None = None, workdir: Path | None = None, program: Path | None = None
) -> list[str]:
    """Problems the real provider (or the translation) finds in one offline plan, one line each; empty when
    clean. Used by ``validate`` and by ``offline_preview --tf-validate``. ``program`` is where relative asset
    paths start (default: the current directory)."""
    bridge = bridge or Bridge.load()
    translation = bridge.translate(run, program)
    lines = [f"untranslatable: {issue}" for issue in translation.untranslatable]
    found: list[Finding] = bridge.validate(translation, workdir or default_workdir(f"validate-{run.stack}"))
    lines += [str(f) for f in found if f.severity == "error"]
    lines += [str(f) for f in found if f.severity != "error"]
    return lines


def validate_stderr(run: ProgramRun) -> bool:
    """``offline_preview --tf-validate``: print each problem on one line on stderr; True when clean."""
    try:
        bridge = Bridge.load()
        problems = validate_run(run, bridge)
    except (TerraformUnavailable, TerraformError, BridgeError) as exc:
        print(f"offline_preview: error: --tf-validate: {exc}", file=sys.stderr)
        return False
    for line in problems:
        print(f"offline_preview: tf-validate: {line}", file=sys.stderr)
    errors = [p for p in problems if not p.startswith("warning")]
    if not errors:
        print(f"offline_preview: tf-validate: clean with provider {bridge.toolchain.provider_version}", file=sys.stderr)
    return not errors


def _stacks(program: Path, named: list[str] | None) -> list[str]:
    if named:
        return named
    return sorted(p.name[len("Pulumi.") : -len(".yaml")] for p in program.glob("Pulumi.*.yaml"))


class _SubParser(argparse.ArgumentParser):
    """Subcommand parser whose errors are one line too."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def main(argv: list[str] | None = None) -> int:
    parser = OneLineParser(PROG, __doc__)
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_SubParser)
    validate = sub.add_parser("validate", help="terraform validate each stack's plan with the real provider")
    validate.add_argument("--stack", action="append", help="stack to validate (repeatable; default: every stack file)")
    translate = sub.add_parser("translate", help="write a stack's plan as main.tf.json")
    translate.add_argument("--stack", default="dev")
    translate.add_argument("--out", type=Path, help="file to write (default: stdout)")
    up = sub.add_parser("up-moto", help="apply, re-plan, audit and destroy the local stack against moto")
    up.add_argument("--stack", default="local")
    up.add_argument("--no-audit", action="store_true", help="skip the post-deploy audit")
    for command in (validate, translate, up):
        command.add_argument("--program", type=Path, default=REPO_ROOT, help="Pulumi program (default: repo root)")
        command.add_argument("--workdir", type=Path, help="terraform working directory (default: under .tf-bridge/)")
    validate.add_argument("--config", type=Path, help="stack config file (only with one --stack)")
    try:
        args = parser.parse_args(argv)
        program = args.program.resolve()
        if not program.is_dir():
            raise UsageError(f"{args.program}: program directory not found")
        if args.command == "validate":
            return _validate(args, program)
        if args.command == "translate":
            return _translate(args, program)
        report = up_moto(program, args.workdir or default_workdir("up-moto"), args.stack, audit=not args.no_audit)
        total = sum(seconds for _, _, seconds in report.steps)
        print(f"up-moto: stack {args.stack} applied, converged, audited and destroyed in {total:.0f} s")
        return EXIT_OK
    except (
        UsageError,
        StackFileError,
        ProgramError,
        pulumi.RunError,
        TerraformUnavailable,
        TerraformError,
        BridgeError,
    ) as exc:
        print(f"tf_bridge: error: {str(exc).splitlines()[0] if str(exc) else type(exc).__name__}", file=sys.stderr)
        return EXIT_ERRORS


def _validate(args: argparse.Namespace, program: Path) -> int:
    stacks = _stacks(program, args.stack)
    config = args.config
    if config is not None and len(stacks) != 1:
        raise UsageError("--config needs exactly one --stack")
    bridge = Bridge.load()
    failed = 0
    for stack in stacks:
        run = plan_stack(program, stack, config)
        workdir = args.workdir / stack if args.workdir else None
        problems = validate_run(run, bridge, workdir, program)
        errors = [p for p in problems if not p.startswith("warning")]
        custom = sum(1 for r in run.resources if r.custom)
        print(
            f"validate {stack}: "
            + (
                f"{len(errors)} problems"
                if errors
                else f"clean ({custom} resources, provider {bridge.toolchain.provider_version})"
            )
        )
        for line in problems:
            print(f"  {line}")
        failed += bool(errors)
    return EXIT_ERRORS if failed else EXIT_OK


def _translate(args: argparse.Namespace, program: Path) -> int:
    bridge = Bridge.load()
    translation = bridge.translate(plan_stack(program, args.stack), program)
    out: Path | None = args.out
    if out is None:
        print(translation.json(), end="")
        for relative in translation.files:
            print(f"note: {relative} not written (an asset file; --out FILE writes it beside FILE)", file=sys.stderr)
    else:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(translation.json())
        for relative, content in translation.files.items():  # asset paths are relative to main.tf.json
            (out.parent / relative).parent.mkdir(parents=True, exist_ok=True)
            (out.parent / relative).write_bytes(content)
    for issue in translation.notes:
        print(f"note: {issue}", file=sys.stderr)
    for issue in translation.untranslatable:
        print(f"untranslatable: {issue}", file=sys.stderr)
    return EXIT_ERRORS if translation.untranslatable else EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
