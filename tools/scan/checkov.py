"""Find and run checkov over rendered stacks; its results as plain records.

checkov lives in its own environment (``.venv-scan``, made by ``make scan`` from ``tools/scan/requirements.txt``)
so ``make test`` does not install it. It runs offline: ``--skip-download`` keeps it from asking its vendor's
API for guidelines and severities (which also means results carry no guideline URL).
"""

from __future__ import annotations

import json
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CHECKOV_VERSION = "3.3.30"
"""The pinned version (tools/scan/requirements.txt says the same; a test keeps them equal)."""
CHECKOV_ENV = "CHECKOV"
SCAN_VENV = ".venv-scan"
TIMEOUT = 900


class CheckovUnavailable(Exception):
    """checkov is not installed where the scan looks; the message says how to get it."""


class CheckovError(Exception):
    """checkov ran but gave no usable report; the message is one line."""


@dataclass(frozen=True)
class Result:
    """One checkov verdict on one Terraform resource of one stack's rendering."""

    check: str
    title: str
    passed: bool
    stack: str
    """The folder under the scan root the file sits in: one folder per stack."""
    address: str
    """``aws_s3_bucket.web-logs`` (or ``aws.default`` style names for provider blocks)."""
    line: int


def find_checkov(repo: Path, explicit: str | None = None) -> str:
    """``explicit``, else ``$CHECKOV``, else ``<repo>/.venv-scan/bin/checkov``."""
    for candidate, origin in ((explicit, "--checkov"), (os.environ.get(CHECKOV_ENV), f"${CHECKOV_ENV}")):
        if candidate:
            if not Path(candidate).is_file() or not os.access(candidate, os.X_OK):
                raise CheckovUnavailable(f"{origin}={candidate} is not an executable checkov")
            return candidate
    default = repo / SCAN_VENV / "bin" / "checkov"
    if default.is_file():
        return str(default)
    raise CheckovUnavailable(
        f"checkov not found in {SCAN_VENV}/: `make scan` installs checkov=={CHECKOV_VERSION} there "
        f"(or set {CHECKOV_ENV} to a checkov executable)"
    )


def run(checkov: str, root: Path) -> tuple[str, list[Result]]:
    """checkov's version and its passed and failed results for every ``<root>/<stack>/main.tf``."""
    proc = subprocess.run(
        [checkov, "--directory", str(root), "--framework", "terraform", "--output", "json", "--skip-download"],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        env={**os.environ, "LOG_LEVEL": "ERROR"},
    )
    if proc.returncode not in (0, 1):  # 1: some check failed
        last = (proc.stderr.strip().splitlines() or proc.stdout.strip().splitlines() or ["no output"])[-1]
        raise CheckovError(f"checkov exited {proc.returncode}: {last[:300]}")
    try:
        report = json.loads(proc.stdout)
    except ValueError:
        raise CheckovError(f"checkov gave no JSON report: {proc.stdout.strip()[:300]}") from None
    return parse(report)


def parse(report: Any) -> tuple[str, list[Result]]:
    """checkov's ``--output json``: one report (a dict), a list of reports (several frameworks), or a bare
    summary when it found nothing to scan."""
    reports = report if isinstance(report, list) else [report]
    version, results = "", []
    for one in reports:
        if not isinstance(one, dict):
            raise CheckovError("checkov's JSON report is neither an object nor a list of objects")
        summary = one.get("summary", one)
        version = version or str(summary.get("checkov_version", ""))
        if one.get("check_type", "terraform") != "terraform":
            continue
        for key, passed in (("passed_checks", True), ("failed_checks", False)):
            for item in one.get("results", {}).get(key, []):
                parts = Path(item["file_path"]).parts
                results.append(
                    Result(
                        check=item["check_id"],
                        title=item.get("check_name") or "",
                        passed=passed,
                        stack=parts[1] if len(parts) > 2 else "",
                        address=item["resource"],
                        line=int((item.get("file_line_range") or [0])[0]),
                    )
                )
    return version, results
