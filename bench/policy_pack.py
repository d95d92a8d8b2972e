"""Benchmark: the policy pack on synthetic stacks of 1,000 and 10,000 mixed resources, through the Analyzer
gRPC protocol (Analyze per resource, then AnalyzeStack), against a pack with one no-op rule started the same
way (the harness floor). Prints JSON; not a timed test.

    .venv/bin/python bench/policy_pack.py [--sizes 1000 10000] [--repeat 1]

Targets (issue: policy pack): full pack <= 1.5x the no-op floor at 10,000 resources; 10k/1k time ratio <= 11;
peak pack memory <= 500 MB.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tests.support.resources import synthetic_stack  # noqa: E402
from tools.cli import OneLineParser, UsageError  # noqa: E402
from tools.offline_preview.analyzer import PolicyPackProcess, default_provider  # noqa: E402
from tools.offline_preview.engine import RecordedResource  # noqa: E402

NOOP_PACK = """
from pulumi_policy import EnforcementLevel, PolicyPack, ResourceValidationPolicy

PolicyPack(name="noop", enforcement_level=EnforcementLevel.ADVISORY, policies=[
    ResourceValidationPolicy(name="noop", description="does nothing", validate=lambda args, report: None),
])
"""
TAGS = {"Owner": "o", "Environment": "bench", "Project": "p", "CostCenter": "c"}
PROVIDER_CONFIG = {"aws:region": "eu-west-1", "aws:defaultTags": json.dumps({"tags": TAGS})}


def peak_rss_mb(pid: int) -> float:
    """The pack process's peak resident memory (VmHWM), in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def measure(pack_dir: Path, resources: list[RecordedResource], repeat: int) -> dict[str, float]:
    provider = default_provider(PROVIDER_CONFIG, "bench", "bench")
    with PolicyPackProcess(pack_dir) as pack:
        pack.configure({})
        best, violations = float("inf"), 0
        for _ in range(repeat):
            start = time.perf_counter()
            found = [v for r in resources for v in pack.analyze(r, provider)]
            found += pack.analyze_stack(resources, provider)
            best = min(best, time.perf_counter() - start)
            violations = len(found)
        return {
            "seconds": round(best, 3),
            "violations": violations,
            "peak_pack_mb": round(peak_rss_mb(pack._process.pid), 1),
        }


def main() -> None:
    parser = OneLineParser("bench/policy_pack.py", __doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--repeat", type=int, default=1)
    try:
        args = parser.parse_args()
    except UsageError as exc:
        print(f"{parser.prog}: error: {exc}", file=sys.stderr)
        sys.exit(2)
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as scratch:
        noop = Path(scratch)
        (noop / "__main__.py").write_text(NOOP_PACK)
        for size in args.sizes:
            resources = synthetic_stack(size)
            full = measure(REPO / "policies", resources, args.repeat)
            floor = measure(noop, resources, args.repeat)
            results[str(len(resources))] = {
                "full_pack": full,
                "noop_pack": floor,
                "ratio_to_floor": round(full["seconds"] / floor["seconds"], 2),
            }
    sizes = sorted(results, key=int)
    report: dict = {"cpus": os.cpu_count(), "python": sys.version.split()[0], "results": results}
    largest = results[sizes[-1]]
    report["targets"] = {
        "full_vs_floor_at_largest": {
            "value": largest["ratio_to_floor"],
            "limit": 1.5,
            "ok": largest["ratio_to_floor"] <= 1.5,
        },
        "peak_pack_mb": {"value": max(r["full_pack"]["peak_pack_mb"] for r in results.values()), "limit": 500},
    }
    report["targets"]["peak_pack_mb"]["ok"] = report["targets"]["peak_pack_mb"]["value"] <= 500
    if len(sizes) > 1:
        growth = results[sizes[-1]]["full_pack"]["seconds"] / results[sizes[0]]["full_pack"]["seconds"]
        scale = int(sizes[-1]) / int(sizes[0])
        report["targets"]["time_growth"] = {
            "value": round(growth, 2),
            "limit": round(scale * 1.1, 1),
            "ok": growth <= scale * 1.1,
        }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
