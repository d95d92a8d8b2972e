"""The audit's command line (tools/audit/cli.py) without an emulator: the outputs file and its shapes, the flags
handed to the audit, the text and JSON reports, the exit codes and the CI role's rendered policy.

The audit itself is the canned one of ``test_audit_edges`` (a faithful deployment of the `dev` plan, answered
from a table), so each case runs in milliseconds; ``test_audit.py`` runs the same command line against moto.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from starter_shared import outputs as out
from test_audit_edges import CannedAudit, answer, compliant_world

from tools.audit import checks
from tools.audit import cli as audit


@pytest.fixture
def deployment(runs, tmp_path, monkeypatch) -> dict[str, Any]:
    """The `dev` plan's outputs in a file, and ``cli.Audit`` replaced by the canned audit of its faithful
    deployment (``made`` records each audit made: outputs, session, endpoint, and each run's flags)."""
    outputs, world = compliant_world(runs("dev"))
    world["get_caller_identity"] = lambda: {"Account": "123456789012"}
    made: list[dict[str, Any]] = []

    class Recording(CannedAudit):
        def run(self, http: bool = False, canary_timeout: float | None = None) -> list[checks.Check]:
            made[-1]["run"] = (http, canary_timeout)
            return super().run()  # the opt-in checks have their own tests

    def make(outputs: dict[str, str], session: Any, endpoint: str | None) -> CannedAudit:
        made.append({"outputs": outputs, "session": session, "endpoint": endpoint})
        return Recording(outputs, world)

    monkeypatch.setattr(audit, "Audit", make)
    path = tmp_path / "outputs.json"
    path.write_text(json.dumps({**outputs, "extra": "not read"}))
    return {"outputs": outputs, "world": world, "path": str(path), "made": made}


def main(capsys, *argv: str, session: Any = "session") -> tuple[int, str, str]:
    code = audit.main(list(argv), session=session)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_faithful_deployment_passes_with_one_line_per_check(capsys, deployment):
    code, text, err = main(capsys, "--outputs", deployment["path"])
    assert (code, err) == (0, "")
    lines = text.splitlines()
    count = checks.DEFAULT_CHECK_COUNT
    # dev runs no WAF and no CDN: their checks are listed as skipped, naming the key, after the checks that ran
    edge = checks.SWITCHED_CHECK_COUNT
    assert lines[-2:] == ["", f"{count} passed, 0 failed, {edge} skipped"] and len(lines) == count + 2 + edge
    assert all(
        line.startswith("SKIP  ") and line.endswith(("(waf is off in this stack)", "(cdn is off in this stack)"))
        for line in lines[count:-2]
    )
    width = max(len(s.id) for s in checks.CHECKS if s.option is None and not set(s.subjects) & out.EDGE_OUTPUTS)
    first = CannedAudit(deployment["outputs"], deployment["world"]).run()[0]
    assert lines[0] == f"PASS  {first.id.ljust(width)}  {first.resource}  {first.detail}"
    assert all(line.startswith("PASS  ") and line[6 + width : 8 + width] == "  " for line in lines[:count])
    (made,) = deployment["made"]
    assert made == {
        "outputs": {  # only what the checks read, and of a switched part only what it exports
            k: deployment["outputs"][k]
            for k in (*checks.REQUIRED_OUTPUTS, *checks.OPTIONAL_OUTPUTS)
            if deployment["outputs"].get(k) is not None
        },
        "session": "session",
        "endpoint": None,
        "run": (False, None),
    }


def test_a_drift_fails_its_check_and_exits_1(capsys, deployment):
    answer(deployment["world"], "get_bucket_versioning", lambda v: v.update(Status="Suspended"))
    code, text, _ = main(capsys, "--outputs", deployment["path"], "--format", "json")
    report = json.loads(text)
    failed = [c for c in report["checks"] if not c["ok"]]
    buckets = len(checks.BUCKETS)  # every bucket answers Suspended
    assert code == 1 and report["summary"] == {
        "passed": checks.DEFAULT_CHECK_COUNT - buckets,
        "failed": buckets,
        "skipped": checks.SWITCHED_CHECK_COUNT,  # dev: no WAF, no CDN
    }
    assert failed[0] == {
        "id": "s3-versioning",
        "resource": deployment["outputs"][out.PRIMARY_BUCKET_NAME],
        "ok": False,
        "detail": "Status=Suspended",
    }
    code, text, _ = main(capsys, "--outputs", deployment["path"])
    assert code == 1 and text.splitlines()[-1] == (
        f"{checks.DEFAULT_CHECK_COUNT - buckets} passed, {buckets} failed, {checks.SWITCHED_CHECK_COUNT} skipped"
    )
    assert text.startswith("FAIL  s3-versioning ")


def test_json_report_lists_every_check_and_a_summary(capsys, deployment):
    code, text, _ = main(capsys, "--outputs", deployment["path"], "--format", "json")
    report = json.loads(text)
    canned = CannedAudit(deployment["outputs"], deployment["world"])
    expected = canned.run()
    assert code == 0 and report == {
        "checks": [{"id": c.id, "resource": c.resource, "ok": c.ok, "detail": c.detail} for c in expected],
        "skipped": [{"id": check_id, "output": output} for check_id, output in canned.skipped()],
        "summary": {"passed": len(expected), "failed": 0, "skipped": checks.SWITCHED_CHECK_COUNT},
    }
    assert {output for _, output in canned.skipped()} <= out.EDGE_OUTPUTS  # dev: no WAF, no CDN
    assert text.startswith('{\n  "checks": [\n    {\n')  # indented for a reader


def test_a_part_switched_off_skips_its_checks_and_says_so(capsys, deployment, tmp_path):
    """A stack with auditTrail false exports null trail outputs: their checks are reported skipped, not run, not
    failed; a required output left null is still bad input."""
    trail_outputs = (out.TRAIL_ARN, out.TRAIL_BUCKET_NAME, out.TRAIL_KMS_KEY_ARN)
    path = tmp_path / "off.json"
    path.write_text(json.dumps({**deployment["outputs"], **dict.fromkeys(trail_outputs)}))
    code, text, _ = main(capsys, "--outputs", str(path), "--format", "json")
    report = json.loads(text)
    expected = {(s.id, o) for s in checks.CHECKS if s.option is None for o in s.subjects if o in trail_outputs}
    off = {(x["id"], x["output"]) for x in report["skipped"] if x["output"] not in out.EDGE_OUTPUTS}  # dev: no edge
    assert code == 0 and off == expected and expected
    skipped = len(expected) + checks.SWITCHED_CHECK_COUNT
    assert report["summary"]["skipped"] == skipped
    assert not {c["resource"] for c in report["checks"]} & {deployment["outputs"][o] for o in trail_outputs}
    code, text, _ = main(capsys, "--outputs", str(path))
    assert text.splitlines()[-1].endswith(f", {skipped} skipped") and "(auditTrail is off in this stack)" in text
    path.write_text(json.dumps({**deployment["outputs"], out.ALARM_TOPIC_ARN: None}))
    code, _, err = main(capsys, "--outputs", str(path))
    assert code == 2 and "alarmTopicArn: expected a non-empty string" in err


@pytest.mark.parametrize(
    ("flags", "run"),
    [
        ((), (False, None)),
        (("--http",), (True, None)),
        (("--canary",), (False, 300.0)),  # the default timeout
        (("--canary", "--canary-timeout", "0.5"), (False, 0.5)),
        (("--canary-timeout", "5"), (False, None)),  # a timeout alone does not write the canary
        (("--http", "--canary", "--endpoint-url", "https://emulator:4566"), (True, 300.0)),
    ],
)
def test_flags_reach_the_audit(capsys, deployment, flags, run):
    code, _, err = main(capsys, "--outputs", deployment["path"], *flags)
    (made,) = deployment["made"]
    assert (code, err, made["run"]) == (0, "", run)
    assert made["endpoint"] == ("https://emulator:4566" if "--endpoint-url" in flags else None)


def test_without_a_session_the_audit_makes_its_own(capsys, deployment):
    main(capsys, "--outputs", deployment["path"], session=None)
    assert type(deployment["made"][0]["session"]).__module__ == "boto3.session"


def _write(tmp: Path, text: str) -> str:
    path = tmp / "bad.json"
    path.write_text(text)
    return str(path)


BAD: list[tuple[str, Any, str]] = [
    (
        "missing-file",
        lambda t, o: ["--outputs", str(t / "nope.json")],
        "nope.json: outputs file not found (write it with `pulumi stack output --json`)",
    ),
    ("not-json", lambda t, o: ["--outputs", _write(t, "{")], "bad.json: outputs file is not valid JSON"),
    (
        "not-object",
        lambda t, o: ["--outputs", _write(t, "[1]")],
        "bad.json: expected a JSON object of stack outputs, got list",
    ),
    (
        "missing-keys",
        lambda t, o: [
            "--outputs",
            _write(t, json.dumps({k: v for k, v in o.items() if k not in (out.LAUNCH_TEMPLATE_ID, out.REPLICA_REGION)})),
        ],
        f"bad.json: missing stack outputs {out.LAUNCH_TEMPLATE_ID}, {out.REPLICA_REGION}",
    ),
    (
        "one-bad-value",
        lambda t, o: ["--outputs", _write(t, json.dumps({**o, out.REPLICA_REGION: 3}))],
        f"bad.json: {out.REPLICA_REGION}: expected a non-empty string, got 3",
    ),
    (
        "endpoint-scheme",
        lambda t, o: ["--outputs", "x", "--endpoint-url", "ftp://host"],
        "--endpoint-url: got 'ftp://host', expected http(s)://host[:port]",
    ),
    (
        "endpoint-host",
        lambda t, o: ["--outputs", "x", "--endpoint-url", "http://"],
        "--endpoint-url: got 'http://', expected http(s)://host[:port]",
    ),
    (
        "canary-timeout-zero",
        lambda t, o: ["--outputs", "x", "--canary-timeout", "0"],
        "--canary-timeout: got 0.0, expected a positive number of seconds",
    ),
    (
        "canary-timeout-negative",
        lambda t, o: ["--outputs", "x", "--canary-timeout", "-1"],
        "--canary-timeout: got -1.0, expected a positive number of seconds",
    ),
    (
        "format",
        lambda t, o: ["--outputs", "x", "--format", "xml"],
        "argument --format: invalid choice: 'xml' (choose from 'text', 'json')",
    ),
    (
        "iam-policy",
        lambda t, o: ["--outputs", "x", "--iam-policy", "admin"],
        "argument --iam-policy: invalid choice: 'admin' (choose from 'canary', 'readonly')",
    ),
    ("no-outputs", lambda t, o: [], "the following arguments are required: --outputs"),
]


@pytest.mark.parametrize(("argv", "message"), [c[1:] for c in BAD], ids=[c[0] for c in BAD])
def test_bad_input_exits_2_with_one_line(capsys, tmp_path, deployment, argv, message):
    code, text, err = main(capsys, *argv(tmp_path, deployment["outputs"]))
    assert (code, text, deployment["made"]) == (2, "", [])
    assert err.startswith("audit: error: ") and err.count("\n") == 1 and message in err, err


def test_an_unreachable_account_exits_2_before_any_check(capsys, deployment):
    deployment["world"]["get_caller_identity"] = lambda: (_ for _ in ()).throw(checks.AuditInputError("cannot reach x"))
    code, text, err = main(capsys, "--outputs", deployment["path"])
    assert (code, text, err) == (2, "", "audit: error: cannot reach x\n")
    assert "run" not in deployment["made"][0]


@pytest.mark.parametrize("endpoint", ["http://127.0.0.1:4566", "https://emulator", "http://localhost"])
def test_an_endpoint_url_with_a_host_is_accepted(capsys, deployment, endpoint):
    code, _, err = main(capsys, "--outputs", deployment["path"], "--endpoint-url", endpoint, "--canary-timeout", "0.001")
    assert (code, err, deployment["made"][0]["endpoint"]) == (0, "", endpoint)


SHAPES: list[tuple[str, Any, str | None]] = [
    (out.PRIMARY_BUCKET_NAME, "data-primary", None),
    (out.PRIMARY_BUCKET_NAME, "", "a non-empty string"),
    (out.PRIMARY_BUCKET_NAME, ["data-primary"], "a non-empty string"),
    (out.REPLICA_REGION, "eu-central-1", None),
    (out.PRIMARY_REGION, "eu west", "an AWS region name such as eu-west-1"),
    (out.PRIMARY_KMS_KEY_ARN, "arn:aws:kms:eu-west-1:123456789012:key/1", None),
    (out.PRIMARY_KMS_KEY_ARN, "arn:aws-cn:kms:cn-north-1:123456789012:key/1", None),
    (
        out.TARGET_GROUP_ARN,
        "arn:aws:elasticloadbalancing:eu-west-1:12345678901:targetgroup/x/1",
        "an ARN (arn:aws:<service>:<region>:<account>:...)",
    ),
    (out.REPLICA_KMS_KEY_ARN, "key/1", "an ARN (arn:aws:<service>:<region>:<account>:...)"),
    (out.ALB_URL, "http://alb", None),
    (out.ALB_URL, "https://alb", None),
    (out.ALB_URL, "alb.example.com", "an http:// or https:// URL"),
    (out.LAUNCH_TEMPLATE_ID, "http-less", None),  # only the URL output must be a URL
    (out.INSTANCE_ROLE_NAME, "eu west", None),  # only region outputs must be region names
]


@pytest.mark.parametrize(("key", "value", "expected"), SHAPES)
def test_each_output_has_its_shape(capsys, deployment, tmp_path, key, value, expected):
    path = _write(tmp_path, json.dumps({**deployment["outputs"], key: value}))
    code, _, err = main(capsys, "--outputs", path, "--iam-policy", "readonly")
    if expected is None:
        assert (code, err) == (0, "")
    else:
        assert (code, err) == (2, f"audit: error: {path}: {key}: expected {expected}, got {value!r}\n")


@pytest.mark.parametrize("which", ["readonly", "canary"])
def test_iam_policy_is_rendered_for_the_stack_without_aws(capsys, deployment, which, tmp_path):
    outputs = {**deployment["outputs"], out.PRIMARY_KMS_KEY_ARN: "arn:aws:kms:eu-west-1:210987654321:key/k"}
    path = _write(tmp_path, json.dumps(outputs))
    code, text, _ = main(capsys, "--outputs", path, "--iam-policy", which)
    policy = json.loads(text)
    assert code == 0 and deployment["made"] == [] and text.startswith('{\n  "Version"')
    template = (Path(audit.__file__).parent / "iam" / f"audit-{which}.json").read_text()
    values = {**outputs, "accountId": "210987654321"}
    for name, value in values.items():
        if value is not None:  # a part switched off (null output) is named by no placeholder
            template = template.replace("${" + name + "}", value)
    assert policy == json.loads(template) and "${" not in text
    if which == "readonly":
        assert f"arn:aws:iam::210987654321:role/{outputs[out.INSTANCE_ROLE_NAME]}" in text


def granted(document: dict[str, Any]) -> set[str]:
    return {
        a
        for s in document["Statement"]
        if s["Effect"] == "Allow"
        for a in (s["Action"] if isinstance(s["Action"], list) else [s["Action"]])
    }


@pytest.mark.parametrize(("which", "actions"), [("readonly", checks.READONLY_ACTIONS), ("canary", checks.CANARY_ACTIONS)])
def test_ci_policy_files_grant_exactly_the_actions_of_the_check_table(deployment, which, actions):
    """tools/audit/iam/*.json against the table's rows: nothing missing, nothing extra (moved here from
    test_audit.py: it needs the stack's outputs, not an emulator)."""
    assert granted(audit.render_iam_policy(which, deployment["outputs"])) == set(actions)
    assert checks.READONLY_ACTIONS.isdisjoint(checks.CANARY_ACTIONS)
