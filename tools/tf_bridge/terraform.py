"""Find the terraform CLI and the local AWS provider mirror, and run terraform with no network and no user
CLI configuration.

The mirror is the folder that holds ``registry.terraform.io/hashicorp/aws/<version>/``. ``TF_BRIDGE_PLUGIN_DIR``
names it; otherwise a few well-known roots are searched (``MIRROR_ROOTS``).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

PROVIDER_SOURCE = "registry.terraform.io/hashicorp/aws"
PLUGIN_DIR_ENV = "TF_BRIDGE_PLUGIN_DIR"
CACHE_DIR_ENV = "TF_BRIDGE_CACHE_DIR"
# Where image builders and the docs put filesystem mirrors and implied local mirrors.
MIRROR_ROOTS = (
    "/opt/tf-plugins",
    "~/.terraform.d/plugins",
    "~/.local/share/terraform/plugins",
    "/usr/local/share/terraform/plugins",
    "/usr/share/terraform/plugins",
)
REPO_ROOT = Path(__file__).resolve().parents[2]
GOGC = "400"  # unless the caller's environment sets one


class TerraformUnavailable(Exception):
    """terraform or the provider mirror is missing; the message is one line saying which."""


class TerraformError(Exception):
    """A terraform command failed; the message is one line naming the first real diagnostic. ``diagnostics``
    holds every error in ``terraform validate -json`` form (summary, detail, line, context), so callers can
    place them on the Pulumi resources they came from."""

    def __init__(self, message: str, diagnostics: list[dict[str, Any]] | None = None) -> None:
        super().__init__(message)
        self.diagnostics = diagnostics or []


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(p) if p.isdigit() else 0 for p in version.split("."))


def mirror_versions(root: Path) -> list[str]:
    """AWS provider versions held by the mirror at ``root``, highest first."""
    base = root / PROVIDER_SOURCE
    if not base.is_dir():
        return []
    return sorted((p.name for p in base.iterdir() if p.is_dir()), key=_version_key, reverse=True)


@dataclass(frozen=True)
class Toolchain:
    """A terraform binary and a provider mirror that work together offline."""

    terraform: str
    plugin_dir: Path
    provider_version: str

    def env(self, workdir: Path, extra: dict[str, str] | None = None) -> dict[str, str]:
        """terraform's environment: an empty CLI config (no user config, no "problems with the CLI
        configuration" warning), no update checks, no prompts."""
        cli_config = workdir / ".terraformrc"
        if not cli_config.exists():
            cli_config.write_text("")
        env = {k: v for k, v in os.environ.items() if not k.startswith("TF_")}
        env.update(TF_CLI_CONFIG_FILE=str(cli_config), TF_IN_AUTOMATION="1", CHECKPOINT_DISABLE="1", TF_INPUT="0")
        # terraform and the provider it starts (several times a command) are Go programs: a laxer collector cuts
        # a provider start's CPU by about a sixth (2.4 -> 2.0 s, measured) for ~40 MB more memory.
        env.setdefault("GOGC", GOGC)
        return {**env, **(extra or {})}

    def run(
        self, workdir: Path, *args: str, extra_env: dict[str, str] | None = None, check: bool = True, timeout: float = 1800
    ) -> subprocess.CompletedProcess[str]:
        """Run ``terraform <args>`` in ``workdir``; with ``check``, a failure raises ``TerraformError`` naming
        the command and terraform's first error line."""
        proc = subprocess.run(
            [self.terraform, *args],
            cwd=workdir,
            env=self.env(workdir, extra_env),
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if check and proc.returncode != 0:
            diagnostics = error_diagnostics(proc.stderr + "\n" + proc.stdout)
            raise TerraformError(
                f"terraform {args[0]} failed (exit {proc.returncode}): {first_error(proc, diagnostics)}", diagnostics
            )
        return proc

    def init(self, workdir: Path) -> None:
        """``terraform init`` from the local mirror only (no network); skipped when already initialised."""
        if (workdir / ".terraform.lock.hcl").is_file() and (workdir / ".terraform" / "providers").is_dir():
            return
        self.run(workdir, "init", "-backend=false", f"-plugin-dir={self.plugin_dir}", "-no-color", "-input=false")


# Summaries that only announce the diagnostics after them (terraform init's preamble).
PREAMBLES = ("Terraform encountered problems during initiali",)
_WHERE = re.compile(r"^on (\S+) line (\d+)(?:, in ([^:]+))?:$")
_SNIPPET = re.compile(r"^\d+:")


def error_diagnostics(text: str) -> list[dict[str, Any]]:
    """The ``Error:`` blocks of terraform's human output, each as a ``validate -json`` diagnostic (summary,
    detail, ``range.start.line``, ``snippet.context``); a preamble is kept only when nothing follows it."""
    blocks: list[dict[str, Any]] = []
    current: dict[str, Any] | None = None
    for raw in text.splitlines():
        line = raw.strip(" │╷╵\t")
        if line.startswith(("Error: ", "Warning: ")):
            current = {"severity": "error" if line.startswith("Error") else "warning"}
            current["summary"], current["detail"] = line.split(": ", 1)[1], []
            blocks.append(current)
            continue
        if current is None or not line or _SNIPPET.match(line):
            continue
        where = _WHERE.match(line)
        if where:
            current["range"] = {"filename": where.group(1), "start": {"line": int(where.group(2))}}
            if where.group(3):
                current["snippet"] = {"context": where.group(3)}
            continue
        current["detail"].append(line)
    errors = [{**b, "detail": " ".join(b["detail"])} for b in blocks if b["severity"] == "error"]
    real = [d for d in errors if not d["summary"].startswith(PREAMBLES)]
    return real or errors


def first_error(proc: subprocess.CompletedProcess[str], diagnostics: list[dict[str, Any]] | None = None) -> str:
    """The most useful line of a failed terraform run: its first real diagnostic (summary, short detail, where),
    not a preamble announcing it."""
    found = error_diagnostics(proc.stderr + "\n" + proc.stdout) if diagnostics is None else diagnostics
    if found:
        diag = found[0]
        text = diag["summary"]
        if diag["detail"]:
            text += f": {diag['detail'][:300]}"
        line = (diag.get("range") or {}).get("start", {}).get("line")
        context = (diag.get("snippet") or {}).get("context")
        where = ", ".join(p for p in (f"line {line}" if line else "", context or "") if p)
        return (f"{text} ({where})" if where else text)[:600]
    lines = [ln.strip(" │╷╵") for ln in (proc.stderr + "\n" + proc.stdout).splitlines()]
    lines = [ln for ln in lines if ln]
    return (lines[-1] if lines else "no output")[:600]


def find_plugin_dir() -> Path:
    """The provider mirror: ``$TF_BRIDGE_PLUGIN_DIR``, or the first well-known root holding the AWS provider."""
    override = os.environ.get(PLUGIN_DIR_ENV)
    if override:
        root = Path(override).expanduser()
        if not mirror_versions(root):
            raise TerraformUnavailable(f"{PLUGIN_DIR_ENV}={override} holds no {PROVIDER_SOURCE}/<version>/")
        return root
    for candidate in MIRROR_ROOTS:
        root = Path(candidate).expanduser()
        if mirror_versions(root):
            return root
    raise TerraformUnavailable(
        f"no local mirror of {PROVIDER_SOURCE} in {', '.join(MIRROR_ROOTS)}; "
        f"set {PLUGIN_DIR_ENV} to the folder that holds registry.terraform.io"
    )


def find_toolchain() -> Toolchain:
    """terraform on PATH (or ``$TF_BRIDGE_TERRAFORM``) and the newest AWS provider in the mirror."""
    override = os.environ.get("TF_BRIDGE_TERRAFORM")
    terraform = shutil.which(override) if override else shutil.which("terraform")
    if not terraform:
        where = f"TF_BRIDGE_TERRAFORM={override} is not an executable" if override else "terraform is not on PATH"
        raise TerraformUnavailable(f"{where} (https://developer.hashicorp.com/terraform/install)")
    plugin_dir = find_plugin_dir()
    return Toolchain(terraform, plugin_dir, mirror_versions(plugin_dir)[0])


def cache_dir() -> Path:
    """Where schemas and the shared init directory live: ``$TF_BRIDGE_CACHE_DIR`` or ``.tf-bridge/cache``."""
    return Path(os.environ.get(CACHE_DIR_ENV) or REPO_ROOT / ".tf-bridge" / "cache").expanduser()


def required_providers(version: str) -> dict[str, Any]:
    return {"required_providers": {"aws": {"source": "hashicorp/aws", "version": version}}}


def provider_schema(toolchain: Toolchain) -> dict[str, Any]:
    """The AWS provider's schema (``terraform providers schema -json``), cached on disk by provider version."""
    root = cache_dir()
    cached = root / f"aws-{toolchain.provider_version}.schema.json"
    if cached.is_file():
        schema: dict[str, Any] = json.loads(cached.read_text())
        return schema
    workdir = root / f"schema-{toolchain.provider_version}"
    workdir.mkdir(parents=True, exist_ok=True)
    (workdir / "main.tf.json").write_text(json.dumps({"terraform": required_providers(toolchain.provider_version)}))
    toolchain.init(workdir)
    proc = toolchain.run(workdir, "providers", "schema", "-json")
    document = json.loads(proc.stdout)["provider_schemas"][PROVIDER_SOURCE]
    slim = {"provider": document["provider"], "resource_schemas": document["resource_schemas"]}
    tmp = cached.with_suffix(".tmp")
    tmp.write_text(json.dumps(slim))
    tmp.replace(cached)  # atomic: parallel sessions never read half a file
    return slim
