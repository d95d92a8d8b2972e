"""The offline plan as a CI job uses it: every stack in one report (text, JSON, markdown, SARIF), always all
of them, the worst exit code, --output and --compare, and `make plan` printing only the report on stdout."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from conftest import REPO

from tools.offline_preview import plan as offline_preview

# in-process main() calls share the session's pack (conftest.cli_pack)
pytestmark = pytest.mark.usefixtures("cli_pack")

MINIMAL = REPO / "tests" / "fixtures" / "minimal"
SARIF_SCHEMA = json.loads((REPO / "tests" / "fixtures" / "sarif" / "sarif-2.1.0-rtm.5.json").read_text())
TAGS = '{"tags": {"Owner": "o", "Environment": "dev", "Project": "p", "CostCenter": "c"}}'


def run_cli(capsys, *argv: str) -> tuple[int, str, str]:
    code = offline_preview.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def three_stacks(tmp_path: Path) -> Path:
    """The minimal program with three stacks: `a` plans clean without policies (its bucket breaks mandatory
    rules with them), `b`'s program raises, `c` is like `a`."""
    program = tmp_path / "program"
    shutil.copytree(MINIMAL, program)
    (program / "Pulumi.test.yaml").unlink()
    ok = f"config:\n  aws:region: eu-west-1\n  aws:defaultTags: '{TAGS}'\n"
    (program / "Pulumi.a.yaml").write_text(ok)
    (program / "Pulumi.b.yaml").write_text(ok + "  minimal:mode: raise\n")
    (program / "Pulumi.c.yaml").write_text(ok)
    return program


def test_all_stacks_is_one_json_document_with_the_worst_exit_code(capsys, three_stacks):
    code, out, err = run_cli(capsys, "--program", str(three_stacks), "--all-stacks", "--format", "json", "--no-policies")
    doc = json.loads(out)  # one document, nothing else on stdout
    assert code == 2 and doc["exitCode"] == 2
    assert [(s["stack"], s["exitCode"]) for s in doc["stacks"]] == [("a", 0), ("b", 2), ("c", 0)]
    assert "resources" in doc["stacks"][2], "the stack after the failing one is still planned"
    assert "boom from the program" in doc["stacks"][1]["error"]
    assert (
        err.strip() == "offline_preview: error: [b] program failed at __main__.py:9: ValueError: boom from the "
        'program -- raise ValueError("boom from the program")'
    )


def test_a_mandatory_violation_gives_1_and_bad_input_outranks_it(capsys, three_stacks):
    (three_stacks / "Pulumi.b.yaml").unlink()
    code, out, _ = run_cli(capsys, "--program", str(three_stacks), "--all-stacks", "--format", "json")
    assert code == 1 and [s["exitCode"] for s in json.loads(out)["stacks"]] == [1, 1]
    (three_stacks / "Pulumi.b.yaml").write_text("config: [unclosed\n")
    code, out, _ = run_cli(capsys, "--program", str(three_stacks), "--all-stacks", "--format", "json")
    assert code == 2 and [s["exitCode"] for s in json.loads(out)["stacks"]] == [1, 2, 1]


def test_markdown_and_output_file(capsys, three_stacks, tmp_path):
    (three_stacks / "Pulumi.b.yaml").unlink()
    report = tmp_path / "summary.md"
    code, out, _ = run_cli(
        capsys, "--program", str(three_stacks), "--all-stacks", "--format", "markdown", "--output", str(report)
    )
    text = report.read_text()
    assert code == 1 and text.startswith("## Offline plan: minimal")
    assert "| a | 3 |" in text and "| c | 3 |" in text and "**s3-versioning-enabled** (mandatory, 1)" in text
    assert out.startswith("Stack minimal/a: 3 resources"), "the terminal still gets the text report"


def test_markdown_compares_with_a_base_plan(capsys, three_stacks, tmp_path):
    (three_stacks / "Pulumi.b.yaml").unlink()
    base = tmp_path / "base.json"
    run_cli(capsys, "--program", str(three_stacks), "--all-stacks", "--format", "json", "--output", str(base))
    doc = json.loads(base.read_text())
    doc["stacks"] = doc["stacks"][:1]  # the base branch had stack a only
    base.write_text(json.dumps(doc))
    _, out, _ = run_cli(
        capsys, "--program", str(three_stacks), "--all-stacks", "--format", "markdown", "--compare", str(base)
    )
    assert "| a | 3 | 4 | 4 | 0 |" in out and "| c | 3 | 4 | 4 | new |" in out
    assert "| `aws:s3/bucket:Bucket` | 1 | 0 |" in out


def test_sarif_is_valid_and_names_each_violation(capsys, three_stacks):
    (three_stacks / "Pulumi.b.yaml").unlink()
    code, out, _ = run_cli(capsys, "--program", str(three_stacks), "--all-stacks", "--format", "sarif")
    doc = json.loads(out)
    jsonschema.validate(doc, SARIF_SCHEMA)
    results = doc["runs"][0]["results"]
    assert code == 1 and results
    bucket = [r for r in results if r["ruleId"] == "s3-versioning-enabled"]
    assert {r["properties"]["stack"] for r in bucket} == {"a", "c"}
    assert bucket[0]["locations"][0]["logicalLocations"][0]["fullyQualifiedName"].endswith("::box-bucket")
    assert bucket[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "__main__.py"
    assert doc["runs"][0]["tool"]["driver"]["name"] == "aws-starter-guardrails"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--all-stacks", "--stack", "dev"], "--all-stacks plans every Pulumi.<stack>.yaml"),
        (["--format", "sarif", "--no-policies"], "--format sarif reports policy verdicts"),
        (["--compare", "x.json"], "--compare shows the change in a markdown report"),
        (["--format", "markdown", "--compare", "absent.json"], "absent.json: --compare plan not found"),
    ],
)
def test_bad_ci_flags_are_one_line(capsys, argv, message):
    code, out, err = run_cli(capsys, *argv)
    assert code == 2 and out == "" and err.count("\n") == 1 and message in err


def test_make_plan_prints_only_the_report(tmp_path):
    # This interpreter and a fresh stamp: make must not reinstall into .venv while other tests use it (the
    # set-up lines going to stderr are tests/test_make.py's).
    stamp = tmp_path / "installed"
    stamp.touch()
    proc = subprocess.run(
        [
            "make",
            "-C",
            str(REPO),
            "--no-print-directory",
            "plan",
            "PLAN_ARGS=--format json",
            f"PY={sys.executable}",
            f"STAMP={stamp}",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    doc = json.loads(proc.stdout)
    assert [s["stack"] for s in doc["stacks"]] == sorted(p.name.split(".")[1] for p in REPO.glob("Pulumi.*.yaml"))
    assert doc["exitCode"] == 0
