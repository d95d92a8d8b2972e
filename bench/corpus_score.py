"""Score the policy pack against the outside corpus (tests/corpus): per rule and overall, per mode.

    .venv/bin/python bench/corpus_score.py [--details] [--modes plain preview] [--root tests/corpus/holdout]

Prints JSON. For each rule directory and mode:
- ``violating``: runs of cases that must be caught; ``caught``: a mandatory violation of that rule named the
  expected resource; ``caught_pct`` = caught / violating (a run that errored counts as not caught);
- ``clean``: runs of cases that must stay quiet; ``false_alarms``: runs with any mandatory violation;
  ``false_alarm_pct`` = false_alarms / clean runs that did not error; ``false_alarm_by``: which rules fired;
- ``errors``: runs where the program crashed (e.g. an invoke the offline runtime cannot answer);
- ``collateral``: mandatory violations of OTHER rules on violating cases (noise, or an impure case).
``overall`` sums every rule; ``overall_existing`` only the rules the pack declares today (planned rules are
expected to be missing). All cases run in one process against one pack process; ``seconds`` is wall time.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO))

from corpus.runner import CASES, MODES, CorpusRunner, Outcome, discover, kit_for  # noqa: E402


def _blank() -> dict:
    return {
        "violating": 0,
        "caught": 0,
        "clean": 0,
        "false_alarms": 0,
        "errors": 0,
        "collateral": 0,
        "false_alarm_by": Counter(),
    }


def _add(stats: dict, o: Outcome) -> None:
    if o.error:
        stats["errors"] += 1
    if o.case.clean:
        stats["clean"] += 1
        if not o.error and not o.passed:
            stats["false_alarms"] += 1
            stats["false_alarm_by"].update({v.policy for v in o.false_alarms})
    else:
        stats["violating"] += 1
        stats["caught"] += int(o.passed)
        stats["collateral"] += len(o.collateral)


def _finish(stats: dict) -> dict:
    clean_ok = stats["clean"] - stats.get("errors_clean", 0)
    out = {k: v for k, v in stats.items() if k not in ("false_alarm_by", "errors_clean")}
    out["caught_pct"] = round(100 * stats["caught"] / stats["violating"], 1) if stats["violating"] else None
    out["false_alarm_pct"] = round(100 * stats["false_alarms"] / clean_ok, 1) if clean_ok else None
    out["false_alarm_by"] = dict(sorted(stats["false_alarm_by"].items()))
    return out


def score(outcomes: list[Outcome], existing: set[str], modes: tuple[str, ...]) -> dict:
    result: dict = {}
    for mode in modes:
        per_rule: dict[str, dict] = defaultdict(_blank)
        overall, overall_existing = _blank(), _blank()
        for o in (o for o in outcomes if o.mode == mode):
            buckets = [per_rule[o.case.rule_dir], overall]
            if o.case.rule_dir in existing or o.case.clean:
                buckets.append(overall_existing)
            for stats in buckets:
                _add(stats, o)
                if o.error and o.case.clean:
                    stats["errors_clean"] = stats.get("errors_clean", 0) + 1
        result[mode] = {
            "overall": _finish(overall),
            "overall_existing": _finish(overall_existing),
            "rules": {rule: _finish(s) for rule, s in sorted(per_rule.items())},
        }
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--details", action="store_true", help="also list every failing run")
    parser.add_argument("--modes", nargs="+", choices=MODES, default=list(MODES))
    parser.add_argument("--root", type=Path, default=CASES, help="cases root (default tests/corpus/cases)")
    parser.add_argument("--kit", type=Path, default=None, help="helper module copied beside each program")
    args = parser.parse_args(argv)
    modes = tuple(args.modes)
    cases = discover(args.root)
    start = time.perf_counter()
    outcomes: list[Outcome] = []
    with CorpusRunner(kit=args.kit or kit_for(args.root)) as runner:
        existing = {p.name for p in runner.pack.info().policies}
        for case in cases:
            for mode in modes:
                if mode in case.modes:
                    outcomes.append(runner.run(case, mode))
    seconds = time.perf_counter() - start
    report = {
        "cases": len(cases),
        "violating_cases": sum(not c.clean for c in cases),
        "clean_cases": sum(c.clean for c in cases),
        "runs": len(outcomes),
        "seconds": round(seconds, 2),
        "ms_per_run": round(1000 * seconds / max(len(outcomes), 1), 1),
        "planned_rules": sorted({c.rule_dir for c in cases if c.rule_dir not in existing and not c.clean}),
        "modes": score(outcomes, existing, modes),
    }
    if args.details:
        report["failures"] = [o.describe() for o in outcomes if not o.passed]
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
