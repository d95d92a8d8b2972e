"""The offline plan CLI: output shapes, any program directory, and one-line errors with exit code 2."""

from __future__ import annotations

import contextlib
import functools
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PROJECT, REPO
from starter_shared.outputs import STACK_OUTPUTS

from tools.offline_preview import plan as offline_preview
from tools.offline_preview.analyzer import Violation

MINIMAL = REPO / "tests" / "fixtures" / "minimal"
# every in-process main() call here shares the session's pack (conftest.cli_pack); the subprocess tests start their own
pytestmark = pytest.mark.usefixtures("cli_pack")


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = offline_preview.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@functools.cache
def planned(*argv: str) -> tuple[int, str, str]:
    """(exit code, stdout, stderr) of ``main(argv)`` in this process, run once per argv: several tests read the
    same committed-stack plan (the plan is deterministic: test_same_input_gives_byte_identical_output_...)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = offline_preview.main(list(argv))
    return code, out.getvalue(), err.getvalue()


PROD_CONFIG = str(REPO / "policies" / "config" / "prod.json")
DEV_WITH_PROD_CONFIG = ("--stack", "dev", "--policy-config", PROD_CONFIG)


def test_json_shape_for_the_dev_stack():
    code, out, err = planned("--stack", "dev", "--format", "json")
    assert code == 0 and err == ""
    doc = json.loads(out)
    assert doc["stack"] == "dev" and set(doc["outputs"]) == set(STACK_OUTPUTS)
    for resource in doc["resources"]:
        assert {"urn", "type", "name", "parent", "custom", "inputs"} <= set(resource)
    by_urn = {r["urn"]: r for r in doc["resources"]}
    assert all(r["parent"] in by_urn for r in doc["resources"] if r["type"] != "pulumi:pulumi:Stack")
    template = next(r for r in doc["resources"] if r["type"] == "aws:ec2/launchTemplate:LaunchTemplate")
    assert template["inputs"]["metadataOptions"]["httpTokens"] == "required"


def test_text_shows_tree_counts_and_outputs():
    code, out, _ = planned("--stack", "prod")
    assert code == 0
    assert out.startswith(f"Stack {PROJECT}/prod: ")
    assert "├─ starter:storage:ReplicatedStorage  data" in out
    assert "aws:s3/bucket:Bucket  data-primary  [protected, retained on delete]" in out
    assert "     3  aws:ec2/natGateway:NatGateway" in out
    assert re.search(r"^  replicaRegion +eu-central-1$", out, flags=re.M)  # names padded to the longest


def test_any_program_directory_and_preview_mode(capsys):
    code, out, _ = run_cli(
        capsys, "--program", str(MINIMAL), "--stack", "test", "--format", "json", "--preview", "--no-policies"
    )
    assert code == 0
    doc = json.loads(out)
    assert [r["type"] for r in doc["resources"]] == ["pulumi:pulumi:Stack", "minimal:index:Box", "aws:s3/bucket:Bucket"]
    # project-level default applies; the autonamed bucket is known in a preview, as the provider's Check names it
    assert doc["outputs"]["greeting"] == "hello" and doc["outputs"]["bucketName"].startswith("box-bucket-")
    code, out, _ = run_cli(capsys, "--program", str(MINIMAL), "--stack", "test", "--format", "json", "--no-policies")
    doc = json.loads(out)
    assert doc["outputs"]["bucketName"].startswith("box-bucket-") and "violations" not in doc


def write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text)
    return str(path)


def dev_with(tmp_path: Path, old: str, new: str) -> str:
    text = (REPO / "Pulumi.dev.yaml").read_text()
    assert old in text
    return write(tmp_path, "Pulumi.dev.yaml", text.replace(old, new))


OTHER_ACCOUNT_CERT = "arn:aws:acm:eu-west-1:111111111111:certificate/00000000-0000-4000-8000-000000000000"
BAD_INPUTS = [
    (
        "bad-config",
        lambda t: ["--config", dev_with(t, "maxSize: 2", "maxSize: 0")],
        f"invalid config for stack 'dev' (2 problems): {PROJECT}:maxSize: got 0, expected an integer from 1 to 100",
    ),
    (
        "az-count-beyond-region",
        lambda t: ["--config", dev_with(t, "azCount: 2", "azCount: 4")],
        f"{PROJECT}:azCount: got 4, expected at most 3 (available zones in eu-west-1",
    ),
    (
        "certificate-of-another-account",
        lambda t: [
            "--config",
            dev_with(
                t,
                f"  {PROJECT}:allowedCidrs:",
                f"  {PROJECT}:certificateArn: {OTHER_ACCOUNT_CERT}\n  {PROJECT}:allowedCidrs:",
            ),
        ],
        f"{PROJECT}:certificateArn: got {OTHER_ACCOUNT_CERT}, expected a certificate in the deploying account 123456789012",
    ),
    ("missing-config", lambda t: ["--config", str(t / "nope.yaml")], "nope.yaml: file not found"),
    ("malformed-yaml", lambda t: ["--config", write(t, "x.yaml", "config: [unclosed\n")], "x.yaml: invalid YAML at line"),
    ("config-not-mapping", lambda t: ["--config", write(t, "x.yaml", "config: 3\n")], "'config' must be a mapping"),
    ("missing-program", lambda t: ["--program", str(t / "absent")], "program directory not found"),
    ("not-a-program", lambda t: ["--program", str(t)], "no Pulumi.yaml (not a Pulumi program directory)"),
    ("bad-format", lambda t: ["--format", "yaml"], "argument --format: invalid choice: 'yaml'"),
    ("unknown-flag", lambda t: ["--colour"], "unrecognized arguments: --colour"),
    (
        "program-raises",
        lambda t: [
            "--program",
            str(MINIMAL),
            "--stack",
            "test",
            "--config",
            write(t, "c.yaml", "config:\n  minimal:mode: raise\n"),
        ],
        'program failed at __main__.py:9: ValueError: boom from the program -- raise ValueError("boom from the program")',
    ),
    (
        "unmocked-invoke",
        lambda t: [
            "--program",
            str(MINIMAL),
            "--stack",
            "test",
            "--config",
            write(t, "c.yaml", "config:\n  minimal:mode: unmocked-invoke\n"),
        ],
        "the offline runtime has no answer for invoke aws:ec2/getVpc:getVpc",
    ),
]


@pytest.mark.parametrize(("argv", "message"), [c[1:] for c in BAD_INPUTS], ids=[c[0] for c in BAD_INPUTS])
def test_bad_input_exits_2_with_one_line(capsys, tmp_path, argv, message):
    code, out, err = run_cli(capsys, *argv(tmp_path))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("offline_preview: error: ")
    assert message in err, err


def test_real_command_line_error_is_one_line_without_traceback(tmp_path):
    config = dev_with(tmp_path, "replicaRegion: eu-central-1", "replicaRegion: eu-west-1")
    proc = subprocess.run(
        [sys.executable, "-m", "tools.offline_preview", "--config", config],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.splitlines() == [
        f"offline_preview: error: invalid config for stack 'dev' (1 problem): {PROJECT}:replicaRegion: "
        'got "eu-west-1", expected a region other than aws:region (eu-west-1)'
    ]


# -- policy verdicts ---------------------------------------------------------------------------------------
EXPORT = REPO / "tests" / "fixtures" / "state" / "legacy-export.json"
LEGACY = "urn:pulumi:legacy::shop::"


def test_dev_plan_runs_the_pack_with_its_config():
    code, out, err = planned("--stack", "dev", "--format", "json")
    doc = json.loads(out)
    assert code == 0 and err == ""
    assert doc["summary"] == {"resources": len(doc["resources"]), "mandatory": 0, "advisory": 0}
    # without dev.json, plain HTTP and the dev stack's t4g instances are judged by the defaults
    code, out, _ = planned(*DEV_WITH_PROD_CONFIG, "--format", "json")
    doc = json.loads(out)
    assert code == 1 and doc["summary"]["mandatory"] > 0
    listener = next(v for v in doc["violations"] if v["policy"] == "lb-listener-tls")
    assert listener == {
        "policy": "lb-listener-tls",
        "level": "mandatory",
        "urn": listener["urn"],
        "type": "aws:lb/listener:Listener",
        "name": "web-http",
        "message": listener["message"],
    }
    assert listener["message"].startswith("web-http: plain HTTP on port 80 serves traffic")


def test_state_export_is_checked_without_running_a_program(capsys):
    code, out, _ = run_cli(capsys, "--state", str(EXPORT), "--format", "json")
    doc = json.loads(out)
    assert code == 1 and doc["stack"] == "legacy" and doc["project"] == "shop"
    found = {(v["policy"], v["level"], v["urn"]) for v in doc["violations"]}
    assert found == {
        ("sg-no-public-ingress", "mandatory", LEGACY + "aws:ec2/securityGroup:SecurityGroup::bastion"),
        ("iam-no-admin-policies", "mandatory", LEGACY + "aws:iam/rolePolicyAttachment:RolePolicyAttachment::app-admin"),
        ("s3-encryption-kms", "mandatory", LEGACY + "aws:s3/bucket:Bucket::uploads"),
        ("s3-data-replicated", "advisory", LEGACY + "aws:s3/bucket:Bucket::uploads"),
        ("flow-and-access-logs", "advisory", LEGACY + "aws:s3/bucket:Bucket::uploads"),  # no server access logging
    }, "settings linked by dependency or by name, provider defaultTags as a JSON string, protect honoured"
    assert doc["summary"] == {"resources": 12, "mandatory": 3, "advisory": 2}
    code, out, _ = run_cli(capsys, "--state", str(EXPORT))
    assert code == 1
    verdicts = out.split("Policy violations: ", 1)[1]
    assert verdicts.startswith("3 mandatory, 2 advisory\n  [mandatory] iam-no-admin-policies (1)\n")
    assert "    aws:ec2/securityGroup:SecurityGroup  bastion: ingress[0] opens port 22 to 0.0.0.0/0" in verdicts


def test_policy_config_can_pass_the_export(capsys, tmp_path):
    config = write(
        tmp_path,
        "legacy.json",
        json.dumps(
            {
                "sg-no-public-ingress": {"publicPorts": [22, 80, 443]},
                "iam-no-admin-policies": "advisory",
                "s3-encryption-kms": "disabled",
            }
        ),
    )
    code, out, _ = run_cli(capsys, "--state", str(EXPORT), "--policy-config", config, "--format", "json")
    assert code == 0 and json.loads(out)["summary"] == {"resources": 12, "mandatory": 0, "advisory": 3}


def export_with(tmp_path: Path, change) -> str:
    doc = json.loads(EXPORT.read_text())
    change(doc)
    return write(tmp_path, "export.json", json.dumps(doc))


BAD_POLICY_INPUTS = [
    ("config-not-json", lambda t: ["--policy-config", write(t, "p.json", "{nope")], "policy config is not valid JSON"),
    ("config-missing", lambda t: ["--policy-config", str(t / "absent.json")], "absent.json: policy config not found"),
    (
        "config-not-object",
        lambda t: ["--policy-config", write(t, "p.json", "[]")],
        "expected a JSON object keyed by policy name, got list",
    ),
    (
        "config-unknown-policy",
        lambda t: ["--policy-config", write(t, "p.json", '{"s3-encrypted": "mandatory"}')],
        "p.json: s3-encrypted: no such policy in pack aws-starter-guardrails",
    ),
    (
        "config-bad-level",
        lambda t: ["--policy-config", write(t, "p.json", '{"required-tags": "strict"}')],
        "p.json: required-tags.enforcementLevel: expected one of advisory, mandatory, remediate, disabled, got 'strict'",
    ),
    (
        "config-bad-type",
        lambda t: ["--policy-config", write(t, "p.json", '{"lb-listener-tls": {"allowHttp": "yes"}}')],
        "p.json: lb-listener-tls.allowHttp: 'yes' is not of type 'boolean'",
    ),
    (
        "config-bad-item",
        lambda t: ["--policy-config", write(t, "p.json", '{"sg-no-public-ingress": {"publicPorts": [443, 70000]}}')],
        "p.json: sg-no-public-ingress.publicPorts.1: 70000 is greater than the maximum of 65535",
    ),
    (
        "config-unknown-setting",
        lambda t: ["--policy-config", write(t, "p.json", '{"required-tags": {"tags": ["A"]}}')],
        "p.json: required-tags.tags: not a setting of this policy (allowed: requiredTags)",
    ),
    ("pack-missing", lambda t: ["--policy-pack", str(t)], "no __main__.py (not a Python policy pack)"),
    ("export-not-json", lambda t: ["--state", write(t, "e.json", "not json")], "e.json: stack export is not valid JSON"),
    (
        "export-no-resources",
        lambda t: ["--state", write(t, "e.json", '{"version": 3, "deployment": {}}')],
        "deployment.resources: expected a list (the output of `pulumi stack export`)",
    ),
    (
        "export-resource-without-urn",
        lambda t: ["--state", export_with(t, lambda d: d["deployment"]["resources"][2].pop("urn"))],
        "deployment.resources[2]: expected an object with string urn and type",
    ),
    (
        "export-bad-urn",
        lambda t: ["--state", export_with(t, lambda d: d["deployment"]["resources"][2].update(urn="uploads"))],
        "deployment.resources[2].urn: expected urn:pulumi:<stack>::<project>::<type>::<name>",
    ),
    (
        "export-bad-dependencies",
        lambda t: [
            "--state",
            export_with(t, lambda d: d["deployment"]["resources"][3].update(propertyDependencies={"bucket": "uploads"})),
        ],
        "deployment.resources[3].propertyDependencies.bucket: expected a list of URNs, got 'uploads'",
    ),
    (
        "export-bad-provider",
        lambda t: ["--state", export_with(t, lambda d: d["deployment"]["resources"][2].update(provider=7))],
        "deployment.resources[2].provider: expected a string, got 7",
    ),
    (
        "state-with-preview",
        lambda t: ["--state", str(EXPORT), "--preview"],
        "--state checks an existing stack: it cannot be combined with --preview or --config",
    ),
]


@pytest.mark.parametrize(("argv", "message"), [c[1:] for c in BAD_POLICY_INPUTS], ids=[c[0] for c in BAD_POLICY_INPUTS])
def test_bad_policy_input_exits_2_with_one_line(capsys, tmp_path, argv, message):
    code, out, err = run_cli(capsys, *argv(tmp_path))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("offline_preview: error: ")
    assert message in err, err


def test_shipped_policy_configs_are_valid_for_the_pack():
    from tools.offline_preview.analyzer import PolicyPackProcess
    from tools.offline_preview.policy_inputs import load_policy_config

    with PolicyPackProcess(REPO / "policies") as pack:
        info = pack.info()
        for path in sorted((REPO / "policies" / "config").glob("*.json")):
            assert load_policy_config(path, info), path


# -- plans people can diff and trust ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def child_plan(tmp_path_factory) -> tuple[int, dict[str, bytes]]:
    """(exit code, {format: bytes}) of one child process planning dev with the prod policy config, given a hash seed
    other than this process's: text on its stdout and json in ``--output`` (the same renderers as ``--format``)."""
    ours = os.environ.get("PYTHONHASHSEED", "random")  # unset: a random seed, which "0" (no randomisation) is not
    seed = "1" if ours == "0" else "0" if ours == "random" else str(int(ours) + 1)
    output = tmp_path_factory.mktemp("child") / "plan.json"
    proc = subprocess.run(
        [sys.executable, "-m", "tools.offline_preview", *DEV_WITH_PROD_CONFIG, "--format", "json", "--output", output],
        cwd=REPO,
        capture_output=True,
        timeout=300,
        env={**os.environ, "PYTHONHASHSEED": seed},
    )
    assert proc.stderr == b""
    return proc.returncode, {"text": proc.stdout, "json": output.read_bytes()}


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_same_input_gives_byte_identical_output_across_processes(fmt, child_plan):
    """Two processes with different hash seeds (set and dict order of strings differ between them): this one and
    a child, with the prod policy config on dev, so the output carries violations too."""
    code, here, _ = planned(*DEV_WITH_PROD_CONFIG, "--format", fmt)
    assert code == child_plan[0] == 1  # the prod config's mandatory verdicts on dev
    assert "Policy violations" in here or '"violations"' in here
    assert child_plan[1][fmt] == here.encode()


def test_text_names_the_resource_of_every_violation(runs):
    run = runs("dev")
    listener = next(r for r in run.resources if r.type == "aws:lb/listener:Listener")
    violations = [
        Violation("lb-listener-tls", "mandatory", listener.urn, "Checks listeners.\nplain HTTP serves traffic"),
        Violation("lb-listener-tls", "mandatory", listener.urn, f"Checks listeners.\n{listener.name}: named already"),
        Violation("some-stack-rule", "advisory", "", "the stack as a whole"),
    ]
    lines = offline_preview.render_violations(run, violations).splitlines()
    assert f"    aws:lb/listener:Listener  {listener.name}: plain HTTP serves traffic" in lines
    assert f"    aws:lb/listener:Listener  {listener.name}: named already" in lines  # the name once, not twice
    assert "    stack  the stack as a whole" in lines


EXAMPLE_CERT = "arn:aws:acm:eu-west-1:123456789012:certificate/00000000-0000-4000-8000-000000000000"


def test_prod_with_the_example_certificate_warns_and_still_plans():
    assert EXAMPLE_CERT in (REPO / "Pulumi.prod.yaml").read_text()
    code, out, _ = planned("--stack", "prod")
    assert code == 0
    warnings = [line for line in out.splitlines() if line.startswith("warning: ")]
    assert warnings == [
        f"warning: aws:lb/listener:Listener web-https: certificateArn is {EXAMPLE_CERT}, an example certificate in "
        "AWS's documentation account 123456789012 (also the offline mock's account, so this plan cannot reject it); "
        "a real preview stops until the stack's certificateArn names an ACM certificate of yours in aws:region"
    ]
    code, out, _ = planned("--stack", "prod", "--format", "json", "--no-policies")
    assert code == 0 and json.loads(out)["warnings"] == [warnings[0].removeprefix("warning: ")]


def test_no_certificate_or_one_outside_the_documentation_account_gives_no_warning(capsys, runs, monkeypatch):
    assert offline_preview.example_certificate_warnings(runs("dev")) == []  # no certificate at all
    assert len(offline_preview.example_certificate_warnings(runs("prod"))) == 1
    monkeypatch.setattr(offline_preview, "EXAMPLE_ACCOUNT", "210987654321")  # the same ARN, judged as another account's
    assert offline_preview.example_certificate_warnings(runs("prod")) == []
