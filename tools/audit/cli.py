"""Post-deploy audit: read-only boto3 checks that what runs in the account is what the template promised,
judged from the live APIs (not from Pulumi's state). The checks are the rows of ``tools.audit.checks.CHECKS``.

    python -m tools.audit --outputs outputs.json [--endpoint-url URL] [--format text|json] [--http]
        [--canary [--canary-timeout SECONDS]]
    python -m tools.audit --outputs outputs.json --iam-policy readonly|canary   # the CI role's policy

``outputs.json`` is what ``pulumi stack output --json`` prints. Every check reports its evidence. The audit
never writes to the account; ``--canary`` (opt-in) writes one object under ``audit-canary/`` in the primary
bucket and waits, bounded, for it to appear in the replica.

Exit codes: 0 every check passed; 1 at least one failed; 2 bad input (outputs file missing, malformed or
lacking keys, endpoint unreachable, no credentials), reported in one line.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import urllib.parse
from dataclasses import asdict
from pathlib import Path
from typing import Any

import boto3
from starter_shared import outputs as out
from starter_shared.facts import REGION_PATTERN

from tools.audit.checks import OPTIONAL_OUTPUTS, REQUIRED_OUTPUTS, SWITCHED_BY, Audit, AuditInputError, Check
from tools.cli import OneLineParser, UsageError, read_json

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2
IAM_POLICIES = {
    "readonly": Path(__file__).parent / "iam" / "audit-readonly.json",
    "canary": Path(__file__).parent / "iam" / "audit-canary.json",
}


def load_outputs(path: Path) -> dict[str, str]:
    data = read_json(path, "outputs file", AuditInputError, " (write it with `pulumi stack output --json`)")
    if not isinstance(data, dict):
        raise AuditInputError(f"{path}: expected a JSON object of stack outputs, got {type(data).__name__}")
    missing = [k for k in REQUIRED_OUTPUTS if k not in data]
    if missing:
        raise AuditInputError(f"{path}: missing stack outputs {', '.join(missing)}")
    for key in REQUIRED_OUTPUTS:
        value = data[key]
        expected = _expected_shape(key, value)
        if expected:
            raise AuditInputError(f"{path}: {key}: expected {expected}, got {value!r}")
    # A part switched off in config exports null (or nothing, from a program older than the part).
    for key in OPTIONAL_OUTPUTS:
        value = data.get(key)
        expected = None if value is None else _expected_shape(key, value)
        if expected:
            raise AuditInputError(f"{path}: {key}: expected null (its part is off) or {expected}, got {value!r}")
    return {k: data[k] for k in REQUIRED_OUTPUTS} | {k: data[k] for k in OPTIONAL_OUTPUTS if data.get(k) is not None}


_ARN = re.compile(r"^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:\d{12}:.+$")


def _expected_shape(key: str, value: Any) -> str | None:
    """What an output should look like, when it does not (None when it does)."""
    if not isinstance(value, str) or not value:
        return "a non-empty string"
    if key.endswith("Region") and not REGION_PATTERN.match(value):
        return "an AWS region name such as eu-west-1"
    if key.endswith("Arn") and not _ARN.match(value):
        return "an ARN (arn:aws:<service>:<region>:<account>:...)"
    if key == out.ALB_URL and not value.startswith(("http://", "https://")):
        return "an http:// or https:// URL"
    return None


def render_iam_policy(which: str, outputs: dict[str, str]) -> dict[str, Any]:
    """The CI role's policy for this stack: tools/audit/iam/audit-<which>.json with ${output} placeholders filled.
    A resource naming an output this stack left null (a part switched off) is left out, and so is a statement
    left with no resource."""
    values = {k: v for k, v in outputs.items() if v is not None}
    values["accountId"] = outputs[out.PRIMARY_KMS_KEY_ARN].split(":")[4]
    template: dict[str, Any] = json.loads(IAM_POLICIES[which].read_text())

    def fill(text: str) -> str | None:
        names = re.findall(r"\$\{(\w+)\}", text)
        if any(n not in values for n in names):
            return None
        return re.sub(r"\$\{(\w+)\}", lambda m: values[m.group(1)], text)

    statements = []
    for statement in template["Statement"]:
        resources = statement["Resource"]
        filled = [r for r in map(fill, resources if isinstance(resources, list) else [resources]) if r is not None]
        if not filled:
            continue
        condition = json.loads(fill(json.dumps(statement["Condition"])) or "{}") if "Condition" in statement else None
        statement = {**statement, "Resource": filled if isinstance(resources, list) else filled[0]}
        if condition is not None:
            statement["Condition"] = condition
        statements.append(statement)
    return {**template, "Statement": statements}


def render_text(checks: list[Check], skipped: list[tuple[str, str]] | None = None) -> str:
    width = max((len(c.id) for c in checks), default=0)
    lines = [f"{'PASS' if c.ok else 'FAIL'}  {c.id.ljust(width)}  {c.resource}  {c.detail}" for c in checks]
    lines += [
        f"SKIP  {check_id.ljust(width)}  {output} is null ({SWITCHED_BY.get(output, 'its part')} is off in this stack)"
        for check_id, output in skipped or []
    ]
    passed = sum(c.ok for c in checks)
    lines.append(f"\n{passed} passed, {len(checks) - passed} failed" + (f", {len(skipped)} skipped" if skipped else ""))
    return "\n".join(lines)


def to_json(checks: list[Check], skipped: list[tuple[str, str]] | None = None) -> dict[str, Any]:
    passed = sum(c.ok for c in checks)
    return {
        "checks": [asdict(c) for c in checks],
        "skipped": [{"id": check_id, "output": output} for check_id, output in skipped or []],
        "summary": {"passed": passed, "failed": len(checks) - passed, "skipped": len(skipped or [])},
    }


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser("python -m tools.audit", __doc__)
    parser.add_argument("--outputs", type=Path, required=True, help="JSON from `pulumi stack output --json`")
    parser.add_argument("--endpoint-url", help="send every AWS call here (an emulator such as moto)")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--http", action="store_true", help="also GET the load balancer's health-check path")
    parser.add_argument(
        "--canary", action="store_true", help="write one object to the primary bucket and wait for it in the replica"
    )
    parser.add_argument(
        "--canary-timeout",
        type=float,
        default=300.0,
        metavar="SECONDS",
        help="how long the canary waits (default 300; S3 replicates most objects in minutes)",
    )
    parser.add_argument(
        "--iam-policy",
        choices=sorted(IAM_POLICIES),
        help="print the IAM policy a CI role needs for this stack's audit (no AWS call) and exit",
    )
    return parser


def main(argv: list[str] | None = None, session: boto3.session.Session | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        endpoint = urllib.parse.urlsplit(args.endpoint_url or "http://placeholder")
        if endpoint.scheme not in ("http", "https") or not endpoint.hostname:
            raise AuditInputError(f"--endpoint-url: got {args.endpoint_url!r}, expected http(s)://host[:port]")
        if args.canary_timeout <= 0:
            raise AuditInputError(f"--canary-timeout: got {args.canary_timeout}, expected a positive number of seconds")
        outputs = load_outputs(args.outputs)
        if args.iam_policy:
            print(json.dumps(render_iam_policy(args.iam_policy, outputs), indent=2))
            return EXIT_OK
        audit = Audit(outputs, session or boto3.session.Session(), args.endpoint_url)
        audit.preflight()
        checks = audit.run(http=args.http, canary_timeout=args.canary_timeout if args.canary else None)
    except (AuditInputError, UsageError) as exc:
        print(f"audit: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    skipped = audit.skipped()
    print(json.dumps(to_json(checks, skipped), indent=2) if args.format == "json" else render_text(checks, skipped))
    return EXIT_OK if all(c.ok for c in checks) else EXIT_FAILED
