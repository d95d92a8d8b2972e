"""Fork-ready: the project name is the forker's, `pulumi new` prompts give a working stack file, and the README's
"Add a policy rule" steps give a rule the suite accepts.

The slow tests work on a copy of the repository (its git files) and reuse this test run's interpreter and
virtualenv, so nothing is installed: `make` gets `PY=<this python>` and a fresh stamp file.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import PROJECT, REPO

from components.config import parse_config
from tools.rename import project_name as rename

NEW_NAME = "my-service" if PROJECT != "my-service" else "billing-api"  # a name the repo does not have, nor nearly


# -- tools.rename on small project directories (fast) --------------------------------------------------------

STACK = """# a comment that survives
config:
  aws:region: eu-west-1
  aws:defaultTags:
    tags:
      Owner: me
      Project: old-name
  old-name:vpcCidr: 10.20.0.0/16   # trailing comment
  old-name:allowedCidrs:
    - 0.0.0.0/0
  old-name:replicaRegion: eu-central-1
"""
PROJECT_FILE = """name: old-name  # the project
template:
  config:
    aws:defaultTags:
      default: '{"tags":{"Owner":"o","Project":"old-name"}}'
"""
README = 'Set `old-name:vpcCidr`; old-name: a title. Default ({"tags":{"Project":"old-name"}})\n'


def small_project(tmp_path: Path, stack: str = STACK) -> Path:
    (tmp_path / "Pulumi.yaml").write_text(PROJECT_FILE)
    (tmp_path / "Pulumi.dev.yaml").write_text(stack)
    (tmp_path / "README.md").write_text(README)
    (tmp_path / "policies" / "config").mkdir(parents=True)
    (tmp_path / "policies" / "config" / "dev.json").write_text('{"note": "old-name:key"}\n')
    return tmp_path


def test_rename_with_a_name_rewrites_every_place_and_is_idempotent(tmp_path, capsys):
    root = small_project(tmp_path)
    assert rename.main(["--root", str(root), NEW_NAME]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out == [
        f"Pulumi.yaml: name: old-name -> {NEW_NAME}; template prompt default Project tag old-name -> {NEW_NAME}",
        f"Pulumi.dev.yaml: 3 keys old-name: -> {NEW_NAME}:; Project tag old-name -> {NEW_NAME}",
        f"policies/config/dev.json: 1 old-name: -> {NEW_NAME}:",
        f"README.md: 1 old-name: -> {NEW_NAME}:; Project tag old-name -> {NEW_NAME} in the pulumi new transcript",
    ]
    stack = (root / "Pulumi.dev.yaml").read_text()
    assert stack == STACK.replace("old-name", NEW_NAME)  # comments and layout kept
    assert (root / "Pulumi.yaml").read_text().startswith(f"name: {NEW_NAME}  # the project\n")
    assert (root / "README.md").read_text() == README.replace("`old-name:", f"`{NEW_NAME}:").replace(
        '"Project":"old-name"', f'"Project":"{NEW_NAME}"'
    )  # "old-name: a title" is prose, not a key
    assert rename.main(["--root", str(root)]) == 0
    assert capsys.readouterr().out == (
        f"rename: nothing to change; every stack file uses the project's namespace ({NEW_NAME}:)\n"
    )


def test_rename_carries_the_bootstrap_project_along(tmp_path, capsys):
    root = small_project(tmp_path)
    (root / "bootstrap").mkdir()
    (root / "bootstrap" / "Pulumi.yaml").write_text("name: old-name-bootstrap\nruntime: python\n")
    (root / "bootstrap" / "Pulumi.example.yaml").write_text(
        "config:\n  aws:defaultTags:\n    tags:\n      Project: old-name\n  old-name-bootstrap:environments: [dev]\n"
    )
    assert rename.main(["--root", str(root), NEW_NAME]) == 0
    out = capsys.readouterr().out
    assert f"bootstrap/Pulumi.yaml: name: old-name-bootstrap -> {NEW_NAME}-bootstrap" in out
    assert (root / "bootstrap" / "Pulumi.example.yaml").read_text() == (
        f"config:\n  aws:defaultTags:\n    tags:\n      Project: {NEW_NAME}\n  {NEW_NAME}-bootstrap:environments: [dev]\n"
    )


def test_rename_after_pulumi_new_keeps_the_prompted_value_and_drops_the_old_key(tmp_path, capsys):
    # pulumi new --name my-service: Pulumi.yaml already renamed, its prompts wrote my-service:replicaRegion
    # and my-service:allowedCidrs next to the committed old-name: keys
    stack = STACK + f"  {NEW_NAME}:replicaRegion: us-west-2\n  {NEW_NAME}:allowedCidrs:\n    - 10.0.0.0/8\n"
    stack = stack.replace(
        """    tags:\n      Owner: me\n      Project: old-name\n""",
        """    '{"tags":{"Owner":"me","Project":"old-name"}}'\n""",
    ).replace("aws:defaultTags:\n    '", "aws:defaultTags: '")
    root = small_project(tmp_path, stack)
    (root / "Pulumi.yaml").write_text(PROJECT_FILE.replace("name: old-name", f"name: {NEW_NAME}"))
    assert rename.main(["--root", str(root)]) == 0
    assert (
        f"Pulumi.dev.yaml: 1 key old-name: -> {NEW_NAME}:; dropped old-name:allowedCidrs, old-name:replicaRegion "
        f"({NEW_NAME}: already sets them)"
    ) in capsys.readouterr().out
    config = yaml.safe_load((root / "Pulumi.dev.yaml").read_text())["config"]
    assert json.loads(config["aws:defaultTags"]) == {"tags": {"Owner": "me", "Project": NEW_NAME}}
    assert config[f"{NEW_NAME}:replicaRegion"] == "us-west-2" and config[f"{NEW_NAME}:allowedCidrs"] == ["10.0.0.0/8"]
    assert not [k for k in config if k.startswith("old-name:")]


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("my service", "'my service' is not a valid Pulumi project name"),
        ("x" * 101, "is not a valid Pulumi project name"),
        ("aws", "'aws' is a provider's config namespace"),
    ],
)
def test_a_bad_name_is_one_line_and_exit_2_and_changes_nothing(tmp_path, capsys, name, message):
    root = small_project(tmp_path)
    assert rename.main(["--root", str(root), name]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and err.startswith("rename: error: ") and message in err
    assert (root / "Pulumi.dev.yaml").read_text() == STACK


def test_two_foreign_namespaces_are_refused_rather_than_guessed(tmp_path, capsys):
    root = small_project(tmp_path, STACK + "  other-name:natMode: single\n")
    assert rename.main(["--root", str(root), NEW_NAME]) == 2
    assert "stack files use several project namespaces (old-name, other-name)" in capsys.readouterr().err


def code_blocks(markdown: str) -> list[tuple[str, str]]:
    """(language, body) of each fenced code block, in order."""
    found, language, body = [], None, []
    for line in markdown.splitlines(keepends=True):
        if line.startswith("```"):
            if language is None:
                language, body = line[3:].strip(), []
            else:
                found.append((language, "".join(body)))
                language = None
        elif language is not None:
            body.append(line)
    return found


# -- the pulumi new prompts ------------------------------------------------------------------------------------


def template_config() -> dict[str, dict[str, str]]:
    template = (yaml.safe_load((REPO / "Pulumi.yaml").read_text()) or {}).get("template")
    if not template:
        pytest.skip("Pulumi.yaml has no template section (pulumi new removes it from the projects it creates)")
    return template["config"]


def prompted_key(key: str, project: str) -> tuple[str, str]:
    """(namespace, name) as `pulumi new` parses a template config key: no namespace means the project's."""
    namespace, _, name = key.rpartition(":")
    return (namespace or project, name)


def test_accepting_every_pulumi_new_default_gives_a_working_stack_file():
    config = template_config()
    assert not [k for k, v in config.items() if "${" in str(v.get("default", ""))], (
        "pulumi new does not replace placeholders in prompt defaults"
    )
    values = {":".join(prompted_key(k, NEW_NAME)): v["default"] for k, v in config.items()}
    cfg = parse_config(values, NEW_NAME, "staging")
    assert cfg.project == NEW_NAME and set(cfg.tags) >= {"Owner", "Environment", "Project", "CostCenter"}


def test_readme_shows_the_prompts_pulumi_new_asks():
    """pulumi new sorts the keys (namespace, then name), prints `<description> (<key>): (<default>) ` and
    shows the project's own keys without their namespace (pkg/cmd/pulumi/newcmd/config.go)."""
    config = template_config()
    expected = []
    for key in sorted(config, key=lambda k: prompted_key(k, NEW_NAME)):
        namespace, name = prompted_key(key, NEW_NAME)
        shown = name if namespace == NEW_NAME else f"{namespace}:{name}"
        expected.append(f"{config[key]['description']} ({shown}): ({config[key]['default']})")
    section = (REPO / "README.md").read_text().split("### With `pulumi new`", 1)[1].split("\n## ", 1)[0]
    transcript = next(body for _, body in code_blocks(section) if "Saved config" in body).splitlines()
    assert transcript == [*expected, "Saved config"]


# -- a fresh clone, renamed, passes make plan and the tests that read the name (slow) ------------------------


def repo_copy(tmp_path: Path) -> Path:
    """This repository's files (tracked and new, not ignored) in ``tmp_path/repo``."""
    listed = (
        subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
            cwd=REPO,
            capture_output=True,
            check=True,
        )
        .stdout.decode()
        .split("\0")
    )
    copy = tmp_path / "repo"
    for name in filter(None, listed):
        source = REPO / name
        if source.is_file():
            (copy / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, copy / name)
    return copy


def make(copy: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`make` in the copy with this interpreter: a stamp newer than the requirements means nothing installs."""
    stamp = copy.parent / "installed"
    stamp.touch()
    return subprocess.run(
        ["make", "--no-print-directory", "-C", str(copy), *args, f"PY={sys.executable}", f"STAMP={stamp}"],
        capture_output=True,
        text=True,
        timeout=600,
    )


def pytest_in(copy: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *args],
        cwd=copy,
        # The venv installs starter_shared from this checkout; the copy's tests (and the tools they start) must
        # import the copy's own (tests/conftest.py refuses any other).
        env={**os.environ, "PYTHONPATH": str(copy / "policies")},
        capture_output=True,
        text=True,
        timeout=900,
    )


@pytest.mark.slow(seconds=15)
def test_a_fork_renamed_by_pulumi_new_fails_clearly_then_passes_after_make_rename(tmp_path):
    copy = repo_copy(tmp_path)
    # What `pulumi new <repo> --name my-service --stack dev` leaves: the project renamed, the template section
    # gone, and the prompted values saved into the committed Pulumi.dev.yaml next to its aws-starter: keys.
    project = yaml.safe_load((copy / "Pulumi.yaml").read_text())
    project["name"] = NEW_NAME
    prompts = project.pop("template")["config"]
    (copy / "Pulumi.yaml").write_text(yaml.safe_dump(project, sort_keys=False))
    stack = yaml.safe_load((copy / "Pulumi.dev.yaml").read_text())
    stack["config"].update({":".join(prompted_key(k, NEW_NAME)): v["default"] for k, v in prompts.items()})
    (copy / "Pulumi.dev.yaml").write_text(yaml.safe_dump(stack, sort_keys=False))

    failed = make(copy, "plan", "STACK=dev")
    assert failed.returncode == 2, failed.stderr
    others = sum(k.startswith(f"{PROJECT}:") for k in stack["config"]) - 1
    assert (
        f"{PROJECT}:accessLogRetentionDays (and {others} more {PROJECT}: keys): belongs to another project; "
        f"this project is {NEW_NAME}: run `make rename`"
    ) in failed.stderr

    renamed = make(copy, "rename")
    assert renamed.returncode == 0, renamed.stderr
    prod_keys = sum(k.startswith(f"{PROJECT}:") for k in yaml.safe_load((REPO / "Pulumi.prod.yaml").read_text())["config"])
    assert f"Pulumi.prod.yaml: {prod_keys} keys {PROJECT}: -> {NEW_NAME}:" in renamed.stdout
    assert f"dropped {PROJECT}:replicaRegion ({NEW_NAME}: already sets it)" in renamed.stdout
    assert make(copy, "rename").stdout.startswith("rename: nothing to change")

    planned = make(copy, "plan")
    assert planned.returncode == 0, planned.stderr
    headers = [line.split(":")[0] for line in planned.stdout.splitlines() if line.startswith("Stack ")]
    assert headers == [f"Stack {NEW_NAME}/{stack}" for stack in ("dev", "local", "prod")]
    assert PROJECT not in (copy / "Pulumi.dev.yaml").read_text()  # keys and the prompted Project tag
    # the pinned IAM names follow the project (and the bootstrap's deploy roles follow them: test_bootstrap below)
    assert f"{NEW_NAME}-dev-instance" in planned.stdout and f"{PROJECT}-dev-" not in planned.stdout

    # the tests that read the project name: config, guarantees, offline plan (not the two-process timing test),
    # the bootstrap (its deploy roles name the template's roles)
    suite = pytest_in(
        copy,
        "tests/test_config.py",
        "tests/test_guarantees.py",
        "tests/test_offline_preview.py",
        "tests/test_bootstrap.py",
        "-k",
        "not byte_identical",
    )
    assert suite.returncode == 0, suite.stdout[-3000:]


def readme_blocks(readme: str) -> dict[str, str]:
    """The "Add a policy rule" section's code blocks, keyed by the path in their first comment line."""
    section = readme.split("## Add a policy rule", 1)[1].split("\n## ", 1)[0]
    blocks = {}
    for _, block in code_blocks(section):
        first, _, rest = block.partition("\n")
        if first.startswith("# "):
            blocks[first[2:].split(":")[0]] = rest
        elif block.startswith("| `"):
            blocks["README.md"] = block
    return blocks


@pytest.mark.slow(seconds=9)
def test_a_rule_added_the_readme_way_passes_the_pack_suite(tmp_path):
    copy = repo_copy(tmp_path)
    blocks = readme_blocks((copy / "README.md").read_text())
    assert set(blocks) == {
        "policies/starter_policies/keys.py",
        "policies/starter_policies/__init__.py",
        "tests/test_policies.py",
        "README.md",
    }
    (copy / "policies/starter_policies/keys.py").write_text(blocks["policies/starter_policies/keys.py"])
    (copy / "policies/starter_policies/__init__.py").write_text(blocks["policies/starter_policies/__init__.py"])

    guards = "test_case_tables_cover_every_rule_both_ways or test_readme_rule_table_matches_the_pack"
    halfway = pytest_in(copy, "tests/test_policies.py", "-k", guards)  # the rule alone: the guards say what to add
    assert halfway.returncode == 1
    assert "rules with no case that fires: ['kms-deletion-window']; add rows to RESOURCE_CASES" in halfway.stdout
    assert "rows to add or correct: " + blocks["README.md"].strip() in halfway.stdout

    tests = copy / "tests" / "test_policies.py"
    text = tests.read_text()
    assert text.count("\nRESOURCE_CASES = [\n") == 1
    tests.write_text(text.replace("\nRESOURCE_CASES = [\n", "\nRESOURCE_CASES = [\n" + blocks["tests/test_policies.py"]))
    readme = copy / "README.md"
    header = "| Rule | Checks | Default level | Category |\n|---|---|---|---|\n"
    assert readme.read_text().count(header) == 1
    readme.write_text(readme.read_text().replace(header, header + blocks["README.md"]))

    suite = pytest_in(copy, "tests/test_policies.py")
    assert suite.returncode == 0, suite.stdout[-3000:]
