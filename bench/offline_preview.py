"""Benchmark: `python -m tools.offline_preview --stack dev --preview` with the policy pack, against the floor of
any run: a bare Python process that imports pulumi_aws and the same submodules the program uses. Each is a
fresh process, timed end to end (best of --repeat). Prints JSON; not a timed test.

    .venv/bin/python bench/offline_preview.py [--stack dev] [--repeat 3]

Target (issue: policy pack): offline preview of the dev stack with policies <= 2x the import floor.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from tools.cli import OneLineParser, UsageError  # noqa: E402

# The pulumi_aws submodules the template's components use, each with one name it uses (keep in step with
# components/). pulumi_aws loads submodules lazily, so the floor touches a name to load each one for real.
SUBMODULES = {
    "autoscaling": "Group",
    "cloudwatch": "MetricAlarm",
    "ec2": "Vpc",
    "elb": "get_service_account",
    "iam": "Role",
    "kms": "Key",
    "lb": "LoadBalancer",
    "s3": "Bucket",
    "vpc": "SecurityGroupIngressRule",
}


def best_of(command: list[str], repeat: int) -> tuple[float, int]:
    best, code = float("inf"), 0
    for _ in range(repeat):
        start = time.perf_counter()
        proc = subprocess.run(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        best = min(best, time.perf_counter() - start)
        code = proc.returncode
        if code not in (0, 1):
            raise SystemExit(f"{' '.join(command)} failed: {proc.stderr.strip().splitlines()[-1:]}")
    return best, code


def main() -> None:
    parser = OneLineParser("bench/offline_preview.py", __doc__)
    parser.add_argument("--stack", default="dev")
    parser.add_argument("--repeat", type=int, default=3)
    try:
        args = parser.parse_args()
    except UsageError as exc:
        print(f"{parser.prog}: error: {exc}", file=sys.stderr)
        sys.exit(2)
    imports = "import pulumi, pulumi_aws; " + "; ".join(f"pulumi_aws.{m}.{n}" for m, n in SUBMODULES.items())
    floor, _ = best_of([sys.executable, "-W", "ignore", "-c", imports], args.repeat)
    with_policies, code = best_of(
        [sys.executable, "-m", "tools.offline_preview", "--stack", args.stack, "--preview"], args.repeat
    )
    without, _ = best_of(
        [sys.executable, "-m", "tools.offline_preview", "--stack", args.stack, "--preview", "--no-policies"], args.repeat
    )
    ratio = with_policies / floor
    print(
        json.dumps(
            {
                "cpus": os.cpu_count(),
                "stack": args.stack,
                "import_floor_s": round(floor, 3),
                "offline_preview_s": round(with_policies, 3),
                "offline_preview_no_policies_s": round(without, 3),
                "exit_code": code,
                "targets": {"preview_vs_import_floor": {"value": round(ratio, 2), "limit": 2.0, "ok": ratio <= 2.0}},
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
