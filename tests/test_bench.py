"""The benchmark scripts still run and print their documented JSON (their timings are not asserted here)."""

from __future__ import annotations

import json
import subprocess
import sys

from conftest import REPO


def test_policy_pack_bench_prints_results_for_both_packs():
    proc = subprocess.run(
        [sys.executable, "bench/policy_pack.py", "--sizes", "20", "40", "--repeat", "2"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert set(report["results"]) == {"20", "40"} and report["repeat"] == 2 and len(report["load_average"]) == 2
    for result in report["results"].values():
        assert result["full_pack"]["violations"] > 0 and result["noop_pack"]["violations"] == 0
        assert result["full_pack"]["peak_pack_mb"] > 0
        for pack in ("full_pack", "noop_pack"):  # the fastest pass, and the slowest as its spread
            assert 0 < result[pack]["seconds"] <= result[pack]["slowest"] and result[pack]["harness_cpu_seconds"] > 0
    assert set(report["cpu_growth"]) == {"full_pack", "noop_pack"}
    assert set(report["targets"]) == {"full_vs_floor_at_largest", "peak_pack_mb", "time_growth"}


FLIP = """from pathlib import Path

COUNTER = Path(__file__).with_name("count")


def test_flip():  # fails on every second run
    count = int(COUNTER.read_text()) + 1 if COUNTER.exists() else 1
    COUNTER.write_text(str(count))
    assert count % 2


def test_steady():
    pass
"""


def test_suite_runs_reports_each_run_the_streak_and_what_failed(tmp_path):
    (tmp_path / "tests").mkdir()
    (tmp_path / "tests" / "conftest.py").write_text("")
    (tmp_path / "tests" / "test_flip.py").write_text(FLIP)
    proc = subprocess.run(
        [sys.executable, str(REPO / "bench" / "suite_runs.py"), "--runs", "3", "--workers", "0", "--repo", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 1, proc.stderr
    report = json.loads(proc.stdout)
    assert (report["runs"], report["green"], report["longest_green_streak"], report["workers"]) == (3, 2, 1, 0)
    assert report["failures"] == {"tests/test_flip.py::test_flip": 1}
    assert [(r["green"], r["passed"], r["failed"]) for r in report["each"]] == [
        (True, 2, []),
        (False, 1, ["tests/test_flip.py::test_flip"]),
        (True, 2, []),
    ]
    assert len(proc.stderr.strip().splitlines()) == 3  # a line per run as it ends


def test_suite_runs_refuses_a_folder_without_tests(tmp_path):
    proc = subprocess.run(
        [sys.executable, str(REPO / "bench" / "suite_runs.py"), "--runs", "1", "--repo", str(tmp_path)],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 2 and proc.stderr == f"suite_runs: --repo {tmp_path}: no tests/conftest.py there\n"
