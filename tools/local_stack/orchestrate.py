"""Try the template with no AWS account: deploy the `local` stack to moto and audit it.

    python -m tools.local_stack up     # make up-local
    python -m tools.local_stack down   # make down-local

`up` checks the Pulumi CLI is installed, starts moto on the port Pulumi.local.yaml's endpoints name, logs the
CLI into a file backend inside the repo (.pulumi-state/, gitignored), selects or creates the `local` stack,
runs `pulumi up --yes` with the policy pack, writes the stack outputs and runs `tools.audit` against the
emulator. moto is stopped on the way out, also when a step fails. The emulator keeps nothing after it stops,
so `down` removes the stack and the local state; there is nothing left to delete in the emulator.

Exit codes: 0 success; the failing step's exit code (non-zero) when a step fails; 2 when the CLI is missing or
the emulator cannot start.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

from tools.cli import OneLineParser, UsageError
from tools.local_stack.emulator import FAKE_CREDENTIALS, EmulatorError, Moto
from tools.offline_preview.stack_files import StackFileError, read_project, read_stack_config

REPO_ROOT = Path(__file__).resolve().parents[2]
STACK = "local"
# The file backend's directory (gitignored); LOCAL_STACK_STATE_DIR moves it (the tests do).
STATE_DIR = Path(os.environ.get("LOCAL_STACK_STATE_DIR") or REPO_ROOT / ".pulumi-state").resolve()
INSTALL_HINT = (
    "the Pulumi CLI is not on PATH; install it (https://www.pulumi.com/docs/install/, e.g. "
    "`curl -fsSL https://get.pulumi.com | sh`) and retry"
)
EXIT_BAD_INPUT = 2


class LocalStackError(Exception):
    """A precondition failed; the message is one line."""


def emulator_port(config_file: Path) -> int:
    """The port every `aws:endpoints` entry of the stack file points at (they must agree, on 127.0.0.1)."""
    project, defaults = read_project(REPO_ROOT)
    config, _ = read_stack_config(config_file, project, defaults)
    endpoints = json.loads(config.get("aws:endpoints", "[]"))
    urls = {url for entry in endpoints for url in entry.values()}
    locations = {urlsplit(u).netloc for u in urls}
    host, _, port = locations.pop().partition(":") if len(locations) == 1 else ("", "", "")
    if host != "127.0.0.1" or not port.isdigit():
        raise LocalStackError(
            f"{config_file}: aws:endpoints: expected every service at one http://127.0.0.1:<port> "
            f"URL, got {sorted(urls) or 'none'}"
        )
    return int(port)


def _pulumi_env() -> dict[str, str]:
    return {
        **os.environ,
        "PULUMI_BACKEND_URL": STATE_DIR.as_uri(),
        # The file backend encrypts stack secrets with a passphrase; the local stack has none worth hiding.
        "PULUMI_CONFIG_PASSPHRASE": os.environ.get("PULUMI_CONFIG_PASSPHRASE", ""),
        "PULUMI_SKIP_UPDATE_CHECK": "true",
    }


def _run(step: str, command: list[str], env: dict[str, str], stdout: int | None = None) -> subprocess.CompletedProcess[str]:
    print(f"local-stack: {step}: {' '.join(command)}", flush=True)
    proc = subprocess.run(command, cwd=REPO_ROOT, env=env, stdout=stdout, text=True)
    if proc.returncode != 0:
        raise subprocess.CalledProcessError(proc.returncode, command)
    return proc


def up(config_file: Path, pulumi: str) -> int:
    port = emulator_port(config_file)
    STATE_DIR.mkdir(exist_ok=True)
    env = _pulumi_env()
    with Moto(port) as moto:
        print(f"local-stack: moto listening on {moto.endpoint}", flush=True)
        _run("login", [pulumi, "login", STATE_DIR.as_uri()], env)
        _run("stack", [pulumi, "stack", "select", STACK, "--create"], env)
        _run(
            "up",
            [
                pulumi,
                "up",
                "--yes",
                "--stack",
                STACK,
                "--config-file",
                str(config_file),
                "--policy-pack",
                "policies",
                "--policy-pack-config",
                "policies/config/local.json",
            ],
            env,
        )
        outputs = STATE_DIR / f"{STACK}-outputs.json"
        result = _run("outputs", [pulumi, "stack", "output", "--json", "--stack", STACK], env, stdout=subprocess.PIPE)
        outputs.write_text(result.stdout)
        audit_env = {**env, **FAKE_CREDENTIALS}
        _run(
            "audit",
            [sys.executable, "-m", "tools.audit", "--outputs", str(outputs), "--endpoint-url", moto.endpoint],
            audit_env,
        )
    return 0


def down(pulumi: str) -> int:
    env = _pulumi_env()
    if STATE_DIR.is_dir():
        _run("stack rm", [pulumi, "stack", "rm", STACK, "--yes", "--force"], env)
        shutil.rmtree(STATE_DIR)
    print("local-stack: local stack and state removed", flush=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = OneLineParser("python -m tools.local_stack", __doc__)
    parser.add_argument("action", choices=("up", "down"))
    parser.add_argument(
        "--config-file",
        type=Path,
        default=REPO_ROOT / f"Pulumi.{STACK}.yaml",
        help="stack config (default: Pulumi.local.yaml)",
    )
    pulumi = shutil.which("pulumi")
    try:
        args = parser.parse_args(argv)
        if pulumi is None:
            raise LocalStackError(INSTALL_HINT)
        return up(args.config_file.resolve(), pulumi) if args.action == "up" else down(pulumi)
    except (LocalStackError, EmulatorError, StackFileError, UsageError) as exc:
        print(f"local-stack: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except subprocess.CalledProcessError as exc:
        print(
            f"local-stack: error: `{' '.join(exc.cmd)}` failed with exit code {exc.returncode}; moto has been stopped",
            file=sys.stderr,
        )
        return exc.returncode
