"""Benchmark: the policy pack on synthetic stacks of 1,000 and 10,000 mixed resources, through the Analyzer
gRPC protocol (Analyze per resource, then AnalyzeStack), against a pack with one no-op rule started the same
way (the harness floor). Prints JSON; not a timed test.

    .venv/bin/python bench/policy_pack.py [--sizes 1000 10000] [--repeat 3]

Method: one pack process per (pack, size), started and warmed up before any timing. Each round times one pass
of every size through both packs, so the rounds interleave sizes and packs and a burst of load elsewhere on
the machine lands on all of them rather than on one size. Before each pass the harness collects garbage and
then pauses its own collector (as ``timeit`` does); the pack process manages its own. A result is the fastest
of the ``--repeat`` passes (``seconds``), with the slowest (``slowest``) as the spread, and the least CPU time
a pass took in the pack process (``pack_cpu_seconds``) and in the harness (``harness_cpu_seconds``). CPU time
is less sensitive to other load than wall time: ``cpu_growth`` (informative, not a target) is the largest
size's CPU time, pack plus harness, over the smallest's. ``load_average`` is the 1-minute load before and after.

Targets (issue: policy pack): full pack <= 1.5x the no-op floor at 10,000 resources; 10k/1k time ratio <= 11;
peak pack memory <= 500 MB.
"""

from __future__ import annotations

import gc
import json
import os
import sys
import tempfile
import time
from contextlib import ExitStack
from itertools import product
from pathlib import Path
from typing import Any

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
WARM_UP = 10  # resources sent through each pack process before any timing
PROVIDER_CONFIG = {"aws:region": "eu-west-1", "aws:defaultTags": json.dumps({"tags": TAGS})}


def peak_rss_mb(pid: int) -> float:
    """The pack process's peak resident memory (VmHWM), in MB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time the process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def one_pass(pack: PolicyPackProcess, resources: list[RecordedResource], provider: Any) -> tuple[float, float, float, int]:
    """(wall, pack CPU, harness CPU seconds, violations) of one pass: Analyze each resource, then AnalyzeStack."""
    gc.collect()
    collecting = gc.isenabled()
    gc.disable()
    try:
        cpu, own, start = cpu_seconds(pack._process.pid), time.process_time(), time.perf_counter()
        found = [v for r in resources for v in pack.analyze(r, provider)]
        found += pack.analyze_stack(resources, provider)
        wall = time.perf_counter() - start
        return wall, cpu_seconds(pack._process.pid) - cpu, time.process_time() - own, len(found)
    finally:
        if collecting:
            gc.enable()


def measure(packs: dict[str, Path], stacks: dict[int, list[RecordedResource]], repeat: int) -> dict[int, dict]:
    """Every pack on every stack, ``repeat`` interleaved rounds; per size and pack the fastest pass and spread."""
    provider = default_provider(PROVIDER_CONFIG, "bench", "bench")
    passes: dict[tuple[int, str], list[tuple[float, float, float, int]]] = {key: [] for key in product(stacks, packs)}
    with ExitStack() as running:
        processes = {}
        for size, name in passes:
            processes[size, name] = process = running.enter_context(PolicyPackProcess(packs[name]))
            process.configure({})
            one_pass(process, stacks[size][:WARM_UP], provider)  # imports, caches and the channel, untimed
        for _ in range(repeat):
            for size, name in passes:
                passes[size, name].append(one_pass(processes[size, name], stacks[size], provider))
        results: dict[int, dict] = {size: {} for size in stacks}
        for (size, name), runs in passes.items():
            walls, pack_cpu, harness_cpu, verdicts = zip(*runs, strict=True)
            violations = verdicts[0]
            if set(verdicts) != {violations}:
                raise SystemExit(f"bench/policy_pack.py: {name} gave different verdicts between passes at {size}")
            results[size][name] = {
                "seconds": round(min(walls), 3),
                "slowest": round(max(walls), 3),
                "pack_cpu_seconds": round(min(pack_cpu), 3),
                "harness_cpu_seconds": round(min(harness_cpu), 3),
                "violations": violations,
                "peak_pack_mb": round(peak_rss_mb(processes[size, name]._process.pid), 1),
            }
        return results


def main() -> None:
    parser = OneLineParser("bench/policy_pack.py", __doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--repeat", type=int, default=3)
    try:
        args = parser.parse_args()
    except UsageError as exc:
        print(f"{parser.prog}: error: {exc}", file=sys.stderr)
        sys.exit(2)
    if args.repeat < 1 or min(args.sizes) < 1:
        print(f"{parser.prog}: error: --sizes and --repeat must be positive", file=sys.stderr)
        sys.exit(2)
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as scratch:
        noop = Path(scratch)
        (noop / "__main__.py").write_text(NOOP_PACK)
        stacks = {len(stack): stack for stack in map(synthetic_stack, sorted(set(args.sizes)))}
        measured = measure({"full_pack": REPO / "policies", "noop_pack": noop}, stacks, args.repeat)
    results: dict[str, dict] = {
        str(size): {**packs, "ratio_to_floor": round(packs["full_pack"]["seconds"] / packs["noop_pack"]["seconds"], 2)}
        for size, packs in measured.items()
    }
    sizes = sorted(results, key=int)
    report: dict = {
        "cpus": os.cpu_count(),
        "python": sys.version.split()[0],
        "repeat": args.repeat,
        "load_average": [round(load_before, 2), round(os.getloadavg()[0], 2)],
        "results": results,
    }
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

        def cpu(size: str, pack: str) -> float:
            return results[size][pack]["pack_cpu_seconds"] + results[size][pack]["harness_cpu_seconds"]

        report["cpu_growth"] = {
            pack: round(cpu(sizes[-1], pack) / max(cpu(sizes[0], pack), 0.001), 2) for pack in ("full_pack", "noop_pack")
        }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
