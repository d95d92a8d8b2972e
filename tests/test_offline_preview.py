"""The offline plan CLI: output shapes, any program directory, and one-line errors with exit code 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO

from tools import offline_preview
from tools.engine import UNKNOWN

MINIMAL = REPO / "tests" / "fixtures" / "minimal"


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = offline_preview.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_json_shape_for_the_dev_stack(capsys):
    code, out, err = run_cli(capsys, "--stack", "dev", "--format", "json")
    assert code == 0 and err == ""
    doc = json.loads(out)
    assert doc["stack"] == "dev" and len(doc["outputs"]) == 17
    for resource in doc["resources"]:
        assert {"urn", "type", "name", "parent", "custom", "inputs"} <= set(resource)
    by_urn = {r["urn"]: r for r in doc["resources"]}
    assert all(r["parent"] in by_urn for r in doc["resources"] if r["type"] != "pulumi:pulumi:Stack")
    template = next(r for r in doc["resources"] if r["type"] == "aws:ec2/launchTemplate:LaunchTemplate")
    assert template["inputs"]["metadataOptions"]["httpTokens"] == "required"


def test_text_shows_tree_counts_and_outputs(capsys):
    code, out, _ = run_cli(capsys, "--stack", "prod")
    assert code == 0
    assert out.startswith("Stack aws-starter/prod: ")
    assert "├─ starter:storage:ReplicatedStorage  data" in out
    assert "aws:s3/bucket:Bucket  data-primary  [protected, retained on delete]" in out
    assert "     3  aws:ec2/natGateway:NatGateway" in out
    assert "  replicaRegion         eu-central-1" in out


def test_any_program_directory_and_preview_mode(capsys):
    code, out, _ = run_cli(capsys, "--program", str(MINIMAL), "--stack", "test", "--format", "json", "--preview",
                           "--no-policies")
    assert code == 0
    doc = json.loads(out)
    assert [r["type"] for r in doc["resources"]] == ["pulumi:pulumi:Stack", "minimal:index:Box", "aws:s3/bucket:Bucket"]
    assert doc["outputs"] == {"bucketName": UNKNOWN, "greeting": "hello"}  # project-level default applies
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


BAD_INPUTS = [
    ("bad-config", lambda t: ["--config", dev_with(t, "maxSize: 2", "maxSize: 0")],
     "invalid config for stack 'dev' (2 problems): aws-starter:maxSize: got 0, expected an integer from 1 to 100"),
    ("az-count-beyond-region", lambda t: ["--config", dev_with(t, "azCount: 2", "azCount: 4")],
     "aws-starter:azCount: got 4, expected at most 3 (available zones in eu-west-1"),
    ("missing-config", lambda t: ["--config", str(t / "nope.yaml")], "nope.yaml: file not found"),
    ("malformed-yaml", lambda t: ["--config", write(t, "x.yaml", "config: [unclosed\n")], "x.yaml: invalid YAML at line"),
    ("config-not-mapping", lambda t: ["--config", write(t, "x.yaml", "config: 3\n")], "'config' must be a mapping"),
    ("missing-program", lambda t: ["--program", str(t / "absent")], "program directory not found"),
    ("not-a-program", lambda t: ["--program", str(t)], "no Pulumi.yaml (not a Pulumi program directory)"),
    ("bad-format", lambda t: ["--format", "yaml"], "argument --format: invalid choice: 'yaml'"),
    ("unknown-flag", lambda t: ["--colour"], "unrecognized arguments: --colour"),
    ("program-raises", lambda t: ["--program", str(MINIMAL), "--stack", "test",
                                  "--config", write(t, "c.yaml", "config:\n  minimal:mode: raise\n")],
     "program failed: ValueError: boom from the program"),
    ("unmocked-invoke", lambda t: ["--program", str(MINIMAL), "--stack", "test",
                                   "--config", write(t, "c.yaml", "config:\n  minimal:mode: unmocked-invoke\n")],
     "the offline runtime has no answer for invoke aws:ec2/getVpc:getVpc"),
]


@pytest.mark.parametrize(("argv", "message"), [c[1:] for c in BAD_INPUTS], ids=[c[0] for c in BAD_INPUTS])
def test_bad_input_exits_2_with_one_line(capsys, tmp_path, argv, message):
    code, out, err = run_cli(capsys, *argv(tmp_path))
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("offline_preview: error: ")
    assert message in err, err


def test_real_command_line_error_is_one_line_without_traceback(tmp_path):
    config = dev_with(tmp_path, "replicaRegion: eu-central-1", "replicaRegion: eu-west-1")
    proc = subprocess.run([sys.executable, "-m", "tools.offline_preview", "--config", config],
                          cwd=REPO, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.splitlines() == [
        "offline_preview: error: invalid config for stack 'dev' (1 problem): aws-starter:replicaRegion: "
        'got "eu-west-1", expected a region other than aws:region (eu-west-1)'
    ]
