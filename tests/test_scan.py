"""make scan (tools/scan) and the rendering it hands to checkov (tools/tf_bridge/hcl.py).

Fast tests need neither terraform nor checkov (the provider schema subset in tests/fixtures/tf_schema). The
tests that run checkov skip, with the reason, where .venv-scan holds none (`make scan-env` installs it; .ci/run
does); they share one checkov run. The end-to-end scan also needs terraform and the mirror (marked provider).
"""

from __future__ import annotations

import copy
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from google.protobuf import json_format, struct_pb2

from tests.conftest import REPO
from tools.offline_preview.engine import ProgramRun
from tools.scan import baseline as baselines
from tools.scan import checkov, cli, report
from tools.tf_bridge.hcl import expression, json_document, render
from tools.tf_bridge.runner import plan_stack
from tools.tf_bridge.schema import ProviderSchema
from tools.tf_bridge.translate import Translation, translate

FIXTURE = REPO / "tests" / "fixtures" / "tf_schema" / "aws-5.100.0-subset.json"
VERSION = "5.100.0"
STACKS = ("dev", "prod", "local")
SG, ROLE_POLICY = "aws:ec2/securityGroup:SecurityGroup", "aws:iam/rolePolicy:RolePolicy"
SARIF = json.loads((REPO / "tests" / "fixtures" / "sarif" / "sarif-2.1.0-rtm.5.json").read_text())
CHECKOV = REPO / checkov.SCAN_VENV / "bin" / "checkov"


@pytest.fixture(scope="module")
def schema() -> ProviderSchema:
    return ProviderSchema(json.loads(FIXTURE.read_text()))


def with_inputs(run: ProgramRun, name: str, token: str, change) -> ProgramRun:
    """A copy of ``run`` where ``change(inputs)`` edited one resource's inputs."""
    copied = copy.copy(run)
    copied.resources = []
    for r in run.resources:
        if r.name == name and r.type == token:
            r = copy.copy(r)
            inputs = r.inputs
            change(inputs)
            properties = struct_pb2.Struct()
            json_format.ParseDict(inputs, properties)
            r.properties = properties
        copied.resources.append(r)
    return copied


def open_ssh_and_admin_policy(run: ProgramRun) -> ProgramRun:
    """prod plus the two mistakes checkov must see: an inline rule open to SSH from anywhere (the translation
    fills its unset keys with nulls) and a role policy allowing every action on every resource."""

    def open_ssh(inputs: dict[str, Any]) -> None:
        inputs["ingress"] = [{"fromPort": 22, "toPort": 22, "protocol": "tcp", "cidrBlocks": ["0.0.0.0/0"]}]

    def admin(inputs: dict[str, Any]) -> None:
        inputs["policy"] = json.dumps(
            {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}
        )

    return with_inputs(with_inputs(run, "web-alb", SG, open_ssh), "roles-instance-data", ROLE_POLICY, admin)


@pytest.fixture(scope="module")
def mistakes(runs, schema) -> Translation:
    return translate(open_ssh_and_admin_policy(runs("prod")), schema, VERSION)


def block_of(text: str, address: str) -> str:
    tf_type, name = address.split(".", 1)
    start = text.index(f'resource "{tf_type}" "{name}" {{')
    return text[start : text.index("\n}\n", start) + 2]


# -- the rendering checkov reads ------------------------------------------------------------------------------


@pytest.mark.parametrize("stack", STACKS)
def test_every_document_is_jsonencoded_and_no_unset_argument_is_written(runs, schema, stack):
    translation = translate(runs(stack), schema, VERSION)
    hcl = render(translation.document, schema)
    documents = 0
    for tf_type, bodies in translation.document["resource"].items():
        for name, body in bodies.items():
            block = block_of(hcl.text, f"{tf_type}.{name}")
            assert "= null" not in block, f"{tf_type}.{name}: an unset argument is written"
            for key, value in body.items():
                if isinstance(value, str) and json_document(value) is not None:
                    documents += 1
                    assert f"\n  {key} = jsonencode(" in block, f"{tf_type}.{name}.{key} stays a string"
    assert documents >= 4  # the bucket policies and role documents of every stack


@pytest.mark.parametrize("stack", STACKS)
def test_every_resource_has_its_block_and_lines(runs, schema, stack):
    translation = translate(runs(stack), schema, VERSION)
    hcl = render(translation.document, schema)
    lines = hcl.text.splitlines()
    assert set(hcl.lines) == set(translation.resources)
    for address, (first, last) in hcl.lines.items():
        tf_type, name = address.split(".", 1)
        assert lines[first - 1] == f'resource "{tf_type}" "{name}" {{' and lines[last - 1] == "}"


def test_inline_rules_become_blocks_without_nulls_and_policies_jsonencode(mistakes, schema):
    sg = mistakes.document["resource"]["aws_security_group"]["web-alb"]
    assert None in sg["ingress"][0].values()  # main.tf.json: Terraform's JSON syntax wants every key
    assert isinstance(mistakes.document["resource"]["aws_iam_role_policy"]["roles-instance-data"]["policy"], str)
    text = render(mistakes.document, schema).text
    rule = block_of(text, "aws_security_group.web-alb")
    assert "\n  ingress {\n" in rule and "null" not in rule and 'cidr_blocks = ["0.0.0.0/0"]' in rule
    policy = block_of(text, "aws_iam_role_policy.roles-instance-data")
    assert '"Action" = "*", "Resource" = "*"' in policy and "policy = jsonencode({" in policy


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (
            '{"Resource": ["${aws_s3_bucket.b.arn}", "${aws_s3_bucket.b.arn}/*"], "Sid": "$${literal}"}',
            'jsonencode({"Resource" = ["aws_s3_bucket.b.arn", "aws_s3_bucket.b.arn/*"], "Sid" = "$${literal}"})',
        ),
        ('[{"name": "app", "privileged": true}]', 'jsonencode([{"name" = "app", "privileged" = true}])'),
        ("${aws_s3_bucket.b.arn}/*", '"${aws_s3_bucket.b.arn}/*"'),  # outside a document a reference stays
        ("[1, 2]", '"[1, 2]"'),  # JSON, but not a document
        ('{"broken": ', '"{\\"broken\\": "'),
    ],
    ids=["references-in-document", "container-definitions", "reference", "json-list", "not-json"],
)
def test_expression(value, expected):
    assert expression(value) == expected


# -- the baseline ------------------------------------------------------------------------------------------------


def entry(**changes: Any) -> dict[str, Any]:
    base = {"type": "aws:s3/bucket:Bucket", "name": "web-logs", "checks": {"CKV_AWS_145": "SSE-S3 for ELB logs"}}
    return {k: v for k, v in {**base, **changes}.items() if v is not None}


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ([], "expected an object with one key, 'accepted'"),
        ({"accepted": ["x"]}, "accepted[0]: expected an object"),
        ({"accepted": [entry(why="x")]}, "accepted[0]: unknown key 'why'"),
        ({"accepted": [entry(type="aws_s3_bucket")]}, "accepted[0].type: expected a Pulumi type token"),
        ({"accepted": [entry(name="")]}, "accepted[0].name: expected the resource's Pulumi logical name"),
        ({"accepted": [entry(stacks="prod")]}, "accepted[0].stacks: expected a non-empty list"),
        ({"accepted": [entry(stacks=["qa"])]}, "accepted[0].stacks: no stack file Pulumi.qa.yaml"),
        ({"accepted": [entry(checks={})]}, "accepted[0].checks: expected an object of checkov check ID"),
        ({"accepted": [entry(checks={"S3_LOGS": "x"})]}, "'S3_LOGS' is not a checkov check ID"),
        ({"accepted": [entry(checks={"CKV_AWS_18": " "})]}, "checks.CKV_AWS_18: expected a one-line reason"),
        ({"accepted": [entry(checks={"CKV_AWS_18": "a\nb"})]}, "checks.CKV_AWS_18: expected a one-line reason"),
        ({"accepted": [entry(), entry()]}, "accepted[1].checks.CKV_AWS_145: web-logs (aws:s3/bucket:Bucket) already"),
    ],
    ids=[
        "not-object",
        "entry-not-object",
        "unknown-key",
        "terraform-type",
        "no-name",
        "stacks-string",
        "unknown-stack",
        "no-checks",
        "bad-id",
        "blank-reason",
        "two-line-reason",
        "duplicate",
    ],
)
def test_a_malformed_baseline_is_refused_naming_the_entry(document, message):
    with pytest.raises(baselines.BaselineError, match=re.escape(message)):
        baselines.parse(document, "b.json", STACKS)


def test_the_checked_in_baseline_names_resources_the_program_declares(runs):
    accepted = baselines.load(REPO / cli.BASELINE, STACKS, required=True)
    assert accepted and all(e.reason for e in accepted)
    for e in accepted:
        stacks = sorted(e.stacks) if e.stacks is not None else list(STACKS)
        for stack in stacks:
            assert any(r.type == e.type and r.name == e.name for r in runs(stack).resources), f"{stack}: {e.describe()}"


def test_the_pin_is_declared_once_in_requirements_and_code():
    assert f"checkov=={checkov.CHECKOV_VERSION}" in (REPO / "tools" / "scan" / "requirements.txt").read_text().split()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--stack", "qa"], "scan: error: --stack qa: no stack file Pulumi.qa.yaml"),
        (["--baseline", "missing.json"], "scan: error: missing.json: scan baseline not found"),
        (["--checkov", "/nonexistent/checkov"], "scan: error: --checkov=/nonexistent/checkov is not an executable"),
        (["--format", "xml"], "scan: error: argument --format: invalid choice"),
    ],
    ids=["unknown-stack", "missing-baseline", "missing-checkov", "bad-format"],
)
def test_bad_input_is_one_line_exit_2(argv, message, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert cli.main(argv) == cli.EXIT_ERRORS
    err = capsys.readouterr().err
    assert err.startswith(message) and err.count("\n") == 1, err


def test_a_bad_baseline_file_is_one_line_exit_2(tmp_path, capsys):
    path = tmp_path / "b.json"
    path.write_text('{"accepted": [{"type": "aws:s3/bucket:Bucket", "name": "x", "checks": {"CKV_AWS_18": ""}}]}')
    assert cli.main(["--baseline", str(path)]) == cli.EXIT_ERRORS
    reason = "expected a one-line reason why the finding is accepted"
    assert capsys.readouterr().err == f"scan: error: {path}: accepted[0].checks.CKV_AWS_18: {reason}\n"


# -- findings named by Pulumi resource, matched with the baseline -------------------------------------------------


@pytest.fixture(scope="module")
def positioned(schema) -> Translation:
    """prod planned as the scan plans it: with the SDK's source positions."""
    return translate(plan_stack(REPO, "prod", source_positions=True), schema, VERSION)


def failing_everything(translation: Translation) -> list[checkov.Result]:
    return [checkov.Result("CKV_AWS_1", "t", False, "prod", address, 1) for address in translation.resources]


def test_every_finding_names_its_pulumi_resource_and_the_line_that_declared_it(positioned):
    components = cli.declaring_files(REPO)
    scan = cli.findings_of("prod", positioned, failing_everything(positioned), [], REPO, components)
    assert len(scan.findings) == len(positioned.resources)
    for f in scan.findings:
        resource = positioned.resources[f.address]
        assert (f.name, f.type, f.urn) == (resource.name, resource.type, resource.urn)
        assert resource.source is not None, f"{f.address}: no source position recorded"
        source = REPO / f.file
        assert source.is_file() and f.file.startswith(("components/", "__main__.py")), f.file
        assert "(" in source.read_text().splitlines()[f.line - 1], f"{f.file}:{f.line} is not a call"


def test_without_positions_a_finding_falls_back_to_its_component_file(runs, schema):
    translation = translate(runs("prod"), schema, VERSION)  # the plan's default: no stack capture
    components = cli.declaring_files(REPO)
    scan = cli.findings_of("prod", translation, failing_everything(translation), [], REPO, components)
    bucket = next(f for f in scan.findings if f.address == "aws_s3_bucket.web-logs")
    assert bucket.file == "components/blocks/secure_bucket.py"


def test_baseline_matching_stale_entries_and_the_verdict(positioned):
    results = [
        checkov.Result("CKV_AWS_145", "KMS", False, "prod", "aws_s3_bucket.web-logs", 1),
        checkov.Result("CKV2_AWS_11", "flow logs", False, "prod", "aws_vpc.network-vpc", 1),
        checkov.Result("CKV_AWS_20", "acl", True, "prod", "aws_s3_bucket.web-logs", 1),
    ]
    accepted = [
        baselines.Accepted("aws:s3/bucket:Bucket", "web-logs", "CKV_AWS_145", "SSE-S3 for ELB logs"),
        baselines.Accepted("aws:s3/bucket:Bucket", "web-logs", "CKV_AWS_18", "unused"),
        baselines.Accepted("aws:ec2/vpc:Vpc", "network-vpc", "CKV2_AWS_11", "dev only", frozenset({"dev"})),
    ]
    stack = cli.findings_of("prod", positioned, results, accepted, REPO, {})
    assert stack.passed == 1
    assert [(f.check, f.accepted) for f in stack.findings] == [("CKV_AWS_145", "SSE-S3 for ELB logs"), ("CKV2_AWS_11", None)]
    scan = report.Scan("3.3.30", [stack], cli.stale_entries(accepted, [stack]))
    assert scan.stale == ["CKV_AWS_18 on aws:s3/bucket:Bucket web-logs"]  # the dev-only entry is not judged here
    assert scan.failed and [f.check for f in scan.new] == ["CKV2_AWS_11"]
    assert not report.Scan("3.3.30", [cli.findings_of("prod", positioned, results[:1], accepted[:1], REPO, {})]).failed


def test_json_and_sarif_reports(positioned):
    accepted = [baselines.Accepted("aws:s3/bucket:Bucket", "web-logs", "CKV_AWS_1", "why")]
    stack = cli.findings_of("prod", positioned, failing_everything(positioned), accepted, REPO, cli.declaring_files(REPO))
    scan = report.Scan("3.3.30", [stack], ["CKV_AWS_2 on aws:ec2/vpc:Vpc x"])
    document = report.sarif(scan)
    jsonschema.validate(document, SARIF)
    results = document["runs"][0]["results"]
    assert len(results) == len(stack.findings)
    suppressed = [r for r in results if "suppressions" in r]
    assert [r["properties"]["terraformAddress"] for r in suppressed] == ["aws_s3_bucket.web-logs"]
    assert suppressed[0]["suppressions"] == [{"kind": "external", "justification": "why"}]
    summary = report.json_report(scan)["summary"]
    assert summary == {"findings": len(results), "accepted": 1, "new": len(results) - 1, "stale": 1, "failed": True}
    text = report.text(scan)
    assert "stale baseline entries" in text and text.count("NEW") == len(results) - 1


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ({"passed": 0, "failed": 0, "checkov_version": "3.3.30"}, ("3.3.30", 0)),
        (
            {
                "check_type": "terraform",
                "summary": {"checkov_version": "3.3.30"},
                "results": {
                    "passed_checks": [],
                    "failed_checks": [
                        {"check_id": "CKV_AWS_18", "check_name": "n", "file_path": "/prod/main.tf", "resource": "a.b"}
                    ],
                },
            },
            ("3.3.30", 1),
        ),
        ([{"check_type": "secrets", "results": {"failed_checks": [{"check_id": "X"}]}}], ("", 0)),
    ],
    ids=["nothing-scanned", "one-report", "other-frameworks-ignored"],
)
def test_checkov_report_shapes(document, expected):
    version, results = checkov.parse(document)
    assert (version, len(results)) == expected
    assert all(r.stack == "prod" and not r.passed for r in results)


# -- with checkov (one run for the module) -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def checkov_before_and_after(mistakes, schema, tmp_path_factory) -> dict[str, dict[tuple[str, str], str]]:
    """checkov's verdicts on the same two mistakes: main.tf.json (what the bridge writes for terraform) and
    main.tf (what the scan hands checkov). address, check -> PASSED/FAILED; absent: UNKNOWN."""
    if not CHECKOV.is_file():
        pytest.skip(f"checkov is not installed in {checkov.SCAN_VENV}/ (`make scan-env`; .ci/run does)")
    root = tmp_path_factory.mktemp("checkov")
    (root / "before").mkdir()
    (root / "before" / "main.tf.json").write_text(mistakes.json())
    (root / "after").mkdir()
    (root / "after" / "main.tf").write_text(render(mistakes.document, schema).text)
    proc = subprocess.run(
        [str(CHECKOV), "-d", str(root), "--framework", "terraform", "terraform_json", "-o", "json", "--skip-download"],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=600,
        env={**os.environ, "LOG_LEVEL": "ERROR"},
    )
    verdicts: dict[str, dict[tuple[str, str], str]] = {"before": {}, "after": {}}
    for one in json.loads(proc.stdout):
        for key in ("passed_checks", "failed_checks"):
            for item in one["results"][key]:
                where = item["file_path"].strip("/").split("/")[0]
                verdicts[where][(item["resource"], item["check_id"])] = key.split("_")[0].upper()
    return verdicts


def test_checkov_sees_ssh_open_to_the_world_and_an_admin_policy(checkov_before_and_after):
    after = checkov_before_and_after["after"]
    assert after[("aws_security_group.web-alb", "CKV_AWS_24")] == "FAILED"
    for check in ("CKV_AWS_62", "CKV_AWS_63", "CKV_AWS_286", "CKV_AWS_290", "CKV_AWS_355"):
        assert after[("aws_iam_role_policy.roles-instance-data", check)] == "FAILED", check


def test_what_checkov_made_of_the_json_translation(checkov_before_and_after):
    # The measurement behind hcl.py, kept as a test: checkov 3.3.30 reads main.tf.json with its terraform_json
    # runner, which names resources "resource.<name>", passes the group open to SSH (its rule carries nulls)
    # and cannot run the cloudsplaining checks on a policy string (UNKNOWN: no result at all).
    before = checkov_before_and_after["before"]
    assert before[("resource.web-alb", "CKV_AWS_24")] == "PASSED"
    assert ("resource.roles-instance-data", "CKV_AWS_286") not in before


@pytest.fixture(scope="module")
def bridge():
    """Marks the end-to-end test ``provider`` (tests/conftest.py): the scan plans with the real schema."""
    from tools.tf_bridge import terraform

    try:
        return terraform.find_toolchain()
    except terraform.TerraformUnavailable as exc:
        pytest.skip(f"real-provider checks skipped: {exc}")


def test_make_scan_passes_on_prod_with_the_checked_in_baseline(bridge):
    if not CHECKOV.is_file():
        pytest.skip(f"checkov is not installed in {checkov.SCAN_VENV}/ (`make scan-env`; .ci/run does)")
    proc = subprocess.run(
        [sys.executable, "-m", "tools.scan", "--stack", "prod", "--format", "json"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    document = json.loads(proc.stdout)
    assert document["summary"]["new"] == 0 and document["summary"]["findings"] > 0
    for finding in document["stacks"][0]["findings"]:
        assert (Path(REPO) / finding["file"]).is_file() and finding["urn"].startswith("urn:pulumi:prod::")
