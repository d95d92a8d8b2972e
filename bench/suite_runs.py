"""Run the test suite N times in a row and report each run: the evidence behind "no flaky tests".

    .venv/bin/python bench/suite_runs.py --runs 20 --workers 2      # parallel, as `make test` (pytest-xdist)
    .venv/bin/python bench/suite_runs.py --runs 20 --workers 0      # serial: one process, no xdist
    .venv/bin/python bench/suite_runs.py --runs 2 -- tests/test_shared.py -k region   # pytest arguments after --

Every run is `pytest -p no:cacheprovider -m "not provider"` (what `make test` runs, lint aside) in ``--repo``
(default: this checkout; point it at a fresh clone to measure one commit), with its own junit report. One JSON
line per run goes to stderr as it ends; stdout gets one JSON document: the runs (start time, seconds, load
average, passed, failed, errors, skipped, exit code, the ids that failed), how many were green, the longest
green streak, and every failing id with how often it failed. Exit status: 0 when every run was green, 1 when
one was not, 2 on bad arguments.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent


def pytest_command(python: str, workers: int, junit: Path, extra: list[str]) -> list[str]:
    """The pytest command line of one run: `make test`'s scheduling with ``workers`` > 0, one process with 0."""
    dist = ["-n", str(workers), "--dist", "loadgroup", "--no-loadscope-reorder"] if workers else ["-p", "no:xdist"]
    return [
        python,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        *dist,
        "-m",
        "not provider",
        f"--junitxml={junit}",
        *extra,
    ]


def read_junit(path: Path) -> dict[str, Any]:
    """Counts and failing test ids from a junit report (``failed`` and ``errors`` list ``file::name`` ids)."""
    root = ET.parse(path).getroot()
    failed: list[str] = []
    errors: list[str] = []
    passed = skipped = 0
    for case in root.iter("testcase"):
        node = f"{case.get('classname', '').replace('.', '/')}.py::{case.get('name')}"
        if case.find("failure") is not None:
            failed.append(node)
        elif case.find("error") is not None:
            errors.append(node)
        elif case.find("skipped") is not None:
            skipped += 1
        else:
            passed += 1
    return {"passed": passed, "failed": failed, "errors": errors, "skipped": skipped}


def summarise(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """Green runs, the longest green streak, and every failing id with its count."""
    green = [bool(r["green"]) for r in runs]
    streak = best = 0
    for ok in green:
        streak = streak + 1 if ok else 0
        best = max(best, streak)
    failures = Counter(node for r in runs for node in [*r["failed"], *r["errors"]])
    return {
        "runs": len(runs),
        "green": sum(green),
        "longest_green_streak": best,
        "failures": dict(sorted(failures.items())),
        "seconds": [r["seconds"] for r in runs],
    }


def one_run(repo: Path, python: str, workers: int, extra: list[str], scratch: Path, index: int) -> dict[str, Any]:
    junit = scratch / f"run-{index}.xml"
    started = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    load = os.getloadavg()[0]
    clock = time.perf_counter()
    proc = subprocess.run(pytest_command(python, workers, junit, extra), cwd=repo, capture_output=True, text=True)
    seconds = round(time.perf_counter() - clock, 1)
    counts = (
        read_junit(junit) if junit.exists() else {"passed": 0, "failed": [], "errors": ["<no junit report>"], "skipped": 0}
    )
    green = proc.returncode == 0 and counts["passed"] > 0 and not counts["failed"] and not counts["errors"]
    return {
        "run": index,
        "started": started,
        "load_average": round(load, 2),
        "seconds": seconds,
        "exit": proc.returncode,
        "green": green,
        **counts,
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="suite_runs", description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("--runs", type=int, default=20, help="how many runs in a row (default 20)")
    parser.add_argument("--workers", type=int, default=2, help="pytest-xdist workers; 0 runs serially (default 2)")
    parser.add_argument("--repo", type=Path, default=REPO, help="the checkout to test (default: this one)")
    parser.add_argument("--python", default=sys.executable, help="the interpreter (default: this one)")
    parser.add_argument("pytest_args", nargs="*", help="extra pytest arguments, after --")
    args = parser.parse_args(argv)
    if args.runs < 1 or args.workers < 0:
        parser.exit(2, "suite_runs: --runs must be at least 1 and --workers at least 0\n")
    if not (args.repo / "tests" / "conftest.py").is_file():
        parser.exit(2, f"suite_runs: --repo {args.repo}: no tests/conftest.py there\n")
    runs = []
    with tempfile.TemporaryDirectory(prefix="suite-runs-") as scratch:
        for index in range(1, args.runs + 1):
            run = one_run(args.repo.resolve(), args.python, args.workers, args.pytest_args, Path(scratch), index)
            runs.append(run)
            print(json.dumps({k: v for k, v in run.items() if k != "failed" or v}), file=sys.stderr, flush=True)
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=args.repo, capture_output=True, text=True
    ).stdout.strip()
    print(json.dumps({"commit": commit, "workers": args.workers, **summarise(runs), "each": runs}, indent=2))
    return 0 if all(r["green"] for r in runs) else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
