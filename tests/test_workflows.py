"""The GitHub workflows: valid against GitHub's workflow schema (vendored by check-jsonschema, offline), every
action pinned to a full commit SHA, least permissions, OIDC instead of keys, and `run:` steps that call only
what this repository provides (Makefile targets) or the Pulumi CLI the Pulumi action installs."""

from __future__ import annotations

import json
import re
import shlex
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
import yaml
from conftest import REPO

WORKFLOWS = sorted((REPO / ".github" / "workflows").glob("*.yml"))
MAKE_TARGETS = set(re.findall(r"^([a-z][a-z-]*):", (REPO / "Makefile").read_text(), flags=re.M))
PINNED = re.compile(r"^[\w.-]+/[\w./-]+@[0-9a-f]{40}$")


def load(path: Path) -> dict:
    # PyYAML reads the key `on` as True (YAML 1.1); GitHub reads it as "on".
    doc = yaml.safe_load(path.read_text())
    if True in doc:
        doc["on"] = doc.pop(True)
    return doc


def steps(doc: dict):
    for name, job in doc["jobs"].items():
        for step in job.get("steps", []):
            yield name, job, step


def test_there_are_workflows():
    assert {p.name for p in WORKFLOWS} >= {"pull-request.yml", "deploy.yml", "drift.yml"}


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_valid_against_the_github_workflow_schema(path):
    schema = json.loads(
        resources.files("check_jsonschema.builtin_schemas.vendor").joinpath("github-workflows.json").read_text()
    )
    jsonschema.validate(load(path), schema)


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_actions_are_pinned_to_commits(path):
    for _, _, step in steps(load(path)):
        if "uses" in step:
            assert PINNED.match(step["uses"]), f"{path.name}: {step['uses']} is not pinned to a full commit SHA"


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_least_permissions_and_no_long_lived_keys(path):
    doc = load(path)
    assert doc["permissions"] == {"contents": "read"}, "workflow-level permissions are read-only"
    text = path.read_text()
    assert "aws-access-key-id" not in text and "AWS_SECRET_ACCESS_KEY" not in text
    for name, job in doc["jobs"].items():
        assert "permissions" in job, f"{path.name}: job {name} declares its own permissions"
        uses_aws = any("configure-aws-credentials" in s.get("uses", "") for s in job.get("steps", []))
        assert (job["permissions"].get("id-token") == "write") == uses_aws, f"{path.name}: {name}: id-token only with OIDC"
        writes = {k for k, v in job["permissions"].items() if v == "write"}
        assert writes <= {"id-token", "security-events", "pull-requests"}, f"{path.name}: {name} writes {writes}"


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_run_steps_call_only_make_targets_or_pulumi(path):
    for name, _, step in steps(load(path)):
        if "run" not in step:
            continue
        for line in filter(None, (line.strip() for line in step["run"].splitlines())):
            words = shlex.split(line.split(">")[0])
            if words[0] == "make":
                targets = [w for w in words[1:] if "=" not in w]
                assert targets and set(targets) <= MAKE_TARGETS, f"{path.name}: {name}: unknown make target in {line!r}"
            else:
                assert words[0] == "pulumi", f"{path.name}: {name}: {line!r} is neither a make target nor pulumi"


def test_cloud_jobs_never_run_for_forks_or_unconfigured_repositories():
    pr = load(REPO / ".github" / "workflows" / "pull-request.yml")
    assert "head.repo.full_name == github.repository" in pr["jobs"]["preview"]["if"]
    assert "configure-aws-credentials" not in json.dumps(pr["jobs"]["checks"])
    for path in WORKFLOWS:
        for name, job in load(path)["jobs"].items():
            if any("pulumi/actions" in s.get("uses", "") for s in job.get("steps", [])):
                assert "vars.AWS_ACCESS_CONFIGURED == 'true'" in job["if"], f"{path.name}: {name}"


def test_prod_deploys_behind_its_protected_environment_after_dev():
    deploy = load(REPO / ".github" / "workflows" / "deploy.yml")["jobs"]["deploy"]
    assert [m["stack"] for m in deploy["strategy"]["matrix"]["include"]] == ["dev", "prod"]
    assert deploy["strategy"]["max-parallel"] == 1 and deploy["environment"] == "${{ matrix.environment }}"


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_plan_args_in_workflows_are_flags_the_plan_accepts(path):
    from tools.offline_preview.plan import build_parser

    for _, _, step in steps(load(path)):
        for line in step.get("run", "").splitlines():
            for word in shlex.split(line):
                if word.startswith("PLAN_ARGS="):
                    build_parser().parse_args(shlex.split(word.removeprefix("PLAN_ARGS=").replace("$", "")))


@pytest.mark.parametrize("path", WORKFLOWS, ids=lambda p: p.name)
def test_scan_args_in_workflows_are_flags_the_scan_accepts(path):
    from tools.scan.cli import build_parser

    for _, _, step in steps(load(path)):
        for line in step.get("run", "").splitlines():
            for word in shlex.split(line):
                if word.startswith("SCAN_ARGS="):
                    build_parser().parse_args(shlex.split(word.removeprefix("SCAN_ARGS=").replace("$", "")))


def test_the_pull_request_gate_runs_the_scan_and_uploads_its_sarif():
    checks = load(REPO / ".github" / "workflows" / "pull-request.yml")["jobs"]["checks"]["steps"]
    runs = [s.get("run", "") for s in checks]
    assert any(r.startswith("make scan") for r in runs) and "make provider-mirror" in runs
    assert any(s.get("with", {}).get("category") == "checkov" for s in checks)
