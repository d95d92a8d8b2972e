"""The three things this package does with a translated plan: write it, validate it with the real provider
(offline) and deploy it to moto (apply, re-plan for convergence, audit, destroy)."""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import boto3

from tools.tf_bridge import emulator_gaps
from tools.tf_bridge.derive import load_table
from tools.tf_bridge.diagnostics import Finding, dump, findings
from tools.tf_bridge.imports import (
    FAKE_CREDENTIALS,
    Moto,
    ProgramRun,
    audit_main,
    read_project,
    read_stack_config,
    run_program,
)
from tools.tf_bridge.schema import ProviderSchema
from tools.tf_bridge.terraform import (
    TerraformError,
    Toolchain,
    cache_dir,
    find_toolchain,
    first_error,
    provider_schema,
)
from tools.tf_bridge.translate import Translation, translate

EXIT_OK, EXIT_FAILED, EXIT_ERRORS = 0, 1, 2


class BridgeError(Exception):
    """A step of the bridge failed; the message is one line."""


def plan_stack(
    program: Path,
    stack: str,
    config_file: Path | None = None,
    rewrite: Callable[[dict[str, str]], dict[str, str]] | None = None,
    source_positions: bool = False,
) -> ProgramRun:
    """Run the program's offline plan (mock deployment, not preview: the translation needs the mock IDs);
    ``source_positions`` records the file and line declaring each resource (``make scan``)."""
    project, defaults = read_project(program)
    config, secrets = read_stack_config(config_file or program / f"Pulumi.{stack}.yaml", project, defaults)
    if rewrite is not None:
        config = rewrite(config)
    return run_program(program, project, stack, config, secret_keys=secrets, source_positions=source_positions)


@dataclass
class Bridge:
    """A terraform toolchain and its provider's schema."""

    toolchain: Toolchain
    schema: ProviderSchema

    @classmethod
    def load(cls) -> Bridge:
        """Find terraform and the mirror (``TerraformUnavailable`` if absent) and load the cached schema."""
        toolchain = find_toolchain()
        document = provider_schema(toolchain)
        return cls(toolchain, ProviderSchema(document, load_table(document, toolchain.provider_version, cache_dir())))

    def translate(self, run: ProgramRun, program_dir: Path | None = None) -> Translation:
        return translate(run, self.schema, self.toolchain.provider_version, program_dir)

    @staticmethod
    def write(translation: Translation, workdir: Path) -> list[tuple[Any, ...]]:
        """Write ``main.tf.json`` and the asset files into ``workdir``; returns the document path of each line."""
        workdir.mkdir(parents=True, exist_ok=True)
        text, line_paths = dump(translation.document)
        (workdir / "main.tf.json").write_text(text)
        shutil.rmtree(workdir / "assets", ignore_errors=True)  # an earlier plan's files are not this plan's
        for relative, content in translation.files.items():
            (workdir / relative).parent.mkdir(parents=True, exist_ok=True)
            (workdir / relative).write_bytes(content)
        return line_paths

    def validate(self, translation: Translation, workdir: Path) -> list[Finding]:
        """``terraform validate -json`` of the translation, each diagnostic placed on its Pulumi resource."""
        line_paths = self.write(translation, workdir)
        try:
            self.toolchain.init(workdir)
        except TerraformError as exc:
            # init parses the configuration first: its diagnostics are validate's, placed the same way.
            if exc.diagnostics:
                return findings(translation, line_paths, exc.diagnostics)
            raise
        proc = self.toolchain.run(workdir, "validate", "-json", "-no-color", check=False)
        try:
            report = json.loads(proc.stdout)
        except ValueError:
            raise BridgeError(
                f"terraform validate gave no JSON report (exit {proc.returncode}): "
                f"{(proc.stderr or proc.stdout).strip()[:300]}"
            ) from None
        return findings(translation, line_paths, report.get("diagnostics") or [])


def default_workdir(name: str) -> Path:
    return cache_dir().parent / name


# -- up-moto ---------------------------------------------------------------------------------------------------


def point_endpoints_at(endpoint: str) -> Callable[[dict[str, str]], dict[str, str]]:
    """A config rewrite sending every ``aws:endpoints`` URL to ``endpoint`` (moto's free port)."""
    target = urlsplit(endpoint)

    def rewrite(config: dict[str, str]) -> dict[str, str]:
        entries = json.loads(config.get("aws:endpoints", "[]"))
        moved = [
            {svc: urlunsplit((target.scheme, target.netloc, *urlsplit(url)[2:])) for svc, url in e.items()} for e in entries
        ]
        return {**config, "aws:endpoints": json.dumps(moved)}

    return rewrite


def check_emulator_provider(translation: Translation, endpoint: str) -> None:
    """Refuse to apply unless every provider block sends every call to the emulator with fake keys."""
    for block in translation.document["provider"]["aws"]:
        endpoints = (block.get("endpoints") or [{}])[0]
        if not endpoints or any(not str(url).startswith(endpoint) for url in endpoints.values()):
            raise BridgeError(
                f"provider {block.get('alias') or 'aws'}: every aws:endpoints entry must point at "
                f"the emulator ({endpoint}); got {sorted(set(endpoints.values())) or 'none'}"
            )
        for flag in (
            "skip_credentials_validation",
            "skip_requesting_account_id",
            "skip_metadata_api_check",
            "s3_use_path_style",
        ):
            if block.get(flag) not in (True, "true"):
                raise BridgeError(f"provider {block.get('alias') or 'aws'}: {flag} must be true for the emulator")


def ignore_emulator_gaps(translation: Translation) -> int:
    """Add the documented moto gaps to ``lifecycle.ignore_changes``; returns how many resources got one."""
    count = 0
    for tf_type, bodies in translation.document.get("resource", {}).items():
        ignored = emulator_gaps.ignore_changes(tf_type)
        for body in bodies.values() if ignored else ():
            body.setdefault("lifecycle", [{}])[0]["ignore_changes"] = ignored
            count += 1
    return count


@dataclass
class UpMotoReport:
    """What ``up_moto`` did, step by step, with timings in seconds."""

    steps: list[tuple[str, str, float]] = field(default_factory=list)
    ok: bool = False

    def record(self, step: str, outcome: str, started: float) -> None:
        seconds = time.monotonic() - started
        self.steps.append((step, outcome, seconds))
        print(f"up-moto: {step}: {outcome} ({seconds:.1f} s)", flush=True)


def _drift(toolchain: Toolchain, workdir: Path, env: dict[str, str]) -> list[str]:
    """``resource.attribute`` for every change in the saved plan (what did not converge)."""
    show = toolchain.run(workdir, "show", "-json", "converge.tfplan", extra_env=env)
    changes = []
    for change in json.loads(show.stdout).get("resource_changes") or []:
        actions = change["change"]["actions"]
        if actions == ["no-op"] or actions == ["read"]:
            continue
        before, after = change["change"].get("before") or {}, change["change"].get("after") or {}
        empty: tuple[object, ...] = (None, [], {})  # an absent block and an empty one are the same to the provider
        keys = sorted(
            k
            for k in set(before) | set(after)
            if before.get(k) != after.get(k) and not (before.get(k) in empty and after.get(k) in empty)
        )
        keys = keys or ["*"]
        changes.append(f"{change['address']} ({'/'.join(actions)}: {', '.join(keys)})")
    return changes


def up_moto(
    program: Path, workdir: Path, stack: str = "local", bridge: Bridge | None = None, audit: bool = True, gaps: bool = True
) -> UpMotoReport:
    """Start moto, translate ``stack`` against it, apply, re-plan (must show no changes), audit the outputs,
    destroy and stop moto — destroy and stop also when a step fails. Raises ``BridgeError`` naming the step.
    ``gaps=False`` does not ignore the documented emulator gaps (the re-plan then shows them as drift)."""
    bridge = bridge or Bridge.load()
    report = UpMotoReport()
    if workdir.exists():
        shutil.rmtree(workdir)  # state from an earlier run names resources of an emulator that is gone
    workdir.mkdir(parents=True)
    env = {**FAKE_CREDENTIALS, "AWS_EC2_METADATA_DISABLED": "true"}
    toolchain = bridge.toolchain
    started = time.monotonic()
    with Moto(0) as moto:
        report.record("moto", f"listening on {moto.endpoint}", started)
        started = time.monotonic()
        run = plan_stack(program, stack, rewrite=point_endpoints_at(moto.endpoint))
        translation = bridge.translate(run, program)
        if translation.untranslatable:
            raise BridgeError(
                f"{len(translation.untranslatable)} untranslatable properties, first: {translation.untranslatable[0]}"
            )
        check_emulator_provider(translation, moto.endpoint)
        ignored = ignore_emulator_gaps(translation) if gaps else 0
        bridge.write(translation, workdir)
        toolchain.init(workdir)
        report.record(
            "translate", f"{len(translation.resources)} resources, {ignored} with documented emulator gaps ignored", started
        )
        applied, failed = False, True
        try:
            started = time.monotonic()
            applied = True  # a failed apply may still have created resources
            _step(toolchain, workdir, env, "apply", "apply", "-auto-approve", "-no-color", "-input=false")
            report.record("apply", "complete", started)

            started = time.monotonic()
            proc = toolchain.run(
                workdir,
                "plan",
                "-detailed-exitcode",
                "-no-color",
                "-input=false",
                "-out=converge.tfplan",
                extra_env=env,
                check=False,
            )
            if proc.returncode == 2:
                drift = _drift(toolchain, workdir, env)
                raise BridgeError(f"not converged: the second plan changes {len(drift)} resources: " + "; ".join(drift))
            if proc.returncode != 0:
                raise BridgeError(f"plan failed: {first_error(proc)}")
            report.record("plan", "no changes (converged)", started)

            if audit:
                started = time.monotonic()
                outputs_file = workdir / "outputs.json"
                out = toolchain.run(workdir, "output", "-json", extra_env=env)
                outputs_file.write_text(json.dumps({k: v["value"] for k, v in json.loads(out.stdout).items()}, indent=2))
                session = boto3.session.Session(
                    aws_access_key_id=FAKE_CREDENTIALS["AWS_ACCESS_KEY_ID"],
                    aws_secret_access_key=FAKE_CREDENTIALS["AWS_SECRET_ACCESS_KEY"],
                )
                code = audit_main(["--outputs", str(outputs_file), "--endpoint-url", moto.endpoint], session=session)
                if code != 0:
                    raise BridgeError(f"post-deploy audit failed (exit {code}) on {outputs_file}")
                report.record("audit", "every check passed", started)
            failed = False
        finally:
            if applied:
                started = time.monotonic()
                try:
                    # No refresh: the state was just read back (converged) or apply failed; the emulator holds
                    # nothing else, and a refresh costs a read of every resource. A real stack would keep it.
                    _step(
                        toolchain,
                        workdir,
                        env,
                        "destroy",
                        "destroy",
                        "-auto-approve",
                        "-refresh=false",
                        "-no-color",
                        "-input=false",
                    )
                    report.record("destroy", "complete", started)
                except BridgeError as exc:
                    report.record("destroy", f"FAILED: {exc}", started)
                    if not failed:
                        raise  # otherwise the step that failed first is the error to report
    report.record("moto", "stopped", time.monotonic())
    report.ok = True
    return report


def _step(toolchain: Toolchain, workdir: Path, env: dict[str, str], step: str, *args: str) -> None:
    try:
        toolchain.run(workdir, *args, extra_env=env)
    except TerraformError as exc:
        raise BridgeError(f"{step}: {exc}") from None
