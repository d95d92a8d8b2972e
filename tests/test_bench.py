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
