"""Fork-ready: the project name is the forker's, `pulumi new` prompts give a working stack file, and the README's
"Add a policy rule" steps give a rule the suite accepts.

The slow tests work on a copy of the repository (its git files) and reuse this test run's interpreter and
virtualenv, so nothing is installed: `make` gets `PY=<this python>` and a fresh stamp file.
"""

from __future__ import annotations

import ast
import functools
import json
import os
import re
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


# The conftest names a test reads the project name through: the name itself and the stack-config helpers that
# key every setting by it. (``runs`` is not one: a test that only inspects a program run sees what the renamed
# `make plan` of every stack already checks.)
NAME_SOURCES = frozenset({"PROJECT", "stack_config", "run_stack"})


@functools.cache
def parsed(path: Path) -> ast.Module:
    """A test module's syntax tree, parsed once per run (two tests below read every test file)."""
    return ast.parse(path.read_text())


def name_readers(module: str | ast.Module) -> list[str]:
    """The test functions of a test module (source or tree) that read the project name: those that mention one of
    NAME_SOURCES, or a module-level constant, helper or fixture that does (directly or through another), in their
    body, their decorators (``parametrize`` tables) or their arguments (fixtures)."""
    refs: dict[str, set[str]] = {}
    tests = []
    for node in (ast.parse(module) if isinstance(module, str) else module).body:
        names = {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            refs[node.name] = names | {a.arg for a in ast.walk(node) if isinstance(a, ast.arg)}
            tests += [node.name] if node.name.startswith("test_") else []
        elif isinstance(node, ast.Assign | ast.AnnAssign):
            for target in node.targets if isinstance(node, ast.Assign) else [node.target]:
                for name in (n.id for n in ast.walk(target) if isinstance(n, ast.Name)):
                    refs[name] = refs.get(name, set()) | names
    reading = set(NAME_SOURCES)
    while more := {name for name, used in refs.items() if name not in reading and used & reading}:
        reading |= more
    return [test for test in tests if test in reading]


def name_reading_tests(tests: Path, skip: tuple[str, ...] = ()) -> list[str]:
    """Node ids (``tests/<file>::<test>``) of every name-reading test in the ``tests`` folder, files in ``skip`` aside."""
    return [
        f"tests/{path.name}::{test}"
        for path in sorted(tests.glob("test_*.py"))
        if path.name not in skip
        for test in name_readers(parsed(path))
    ]


READER_CASES = [
    ("direct", "def test_a():\n    assert PROJECT\n", ["test_a"]),
    ("config-helper", "def test_a():\n    assert stack_config('dev')\n", ["test_a"]),
    ("constant", "P = PROJECT\ndef test_a():\n    assert P\n", ["test_a"]),
    ("constant-of-a-constant", "P = PROJECT\nKEY = f'{P}:x'\ndef test_a():\n    assert KEY\n", ["test_a"]),
    ("helper", "def key():\n    return PROJECT\ndef test_a():\n    assert key()\n", ["test_a"]),
    ("fixture", "@pytest.fixture\ndef key():\n    return PROJECT\ndef test_a(key):\n    pass\n", ["test_a"]),
    ("parametrize", "@pytest.mark.parametrize('k', [PROJECT])\ndef test_a(k):\n    assert k\n", ["test_a"]),
    (
        "table",
        "CASES = [('a', lambda: PROJECT)]\n@pytest.mark.parametrize('c', CASES)\ndef test_a(c):\n    pass\n",
        ["test_a"],
    ),
    ("none", "X = 1\ndef helper():\n    return X\ndef test_a(runs):\n    assert helper()\n", []),
    ("only-the-reader", "def test_a():\n    assert PROJECT\ndef test_b():\n    assert 1\n", ["test_a"]),
]


@pytest.mark.parametrize(("source", "expected"), [c[1:] for c in READER_CASES], ids=[c[0] for c in READER_CASES])
def test_the_name_reading_tests_are_found_through_constants_helpers_fixtures_and_tables(source, expected):
    assert name_readers(source) == expected


def test_every_test_file_that_reads_the_name_has_tests_among_the_selected():
    """The renamed copy runs what ``name_reading_tests`` selects: each test file that imports a name source from
    conftest contributes tests to it, so a file cannot drop out of the fork check unnoticed, and no test spells
    out a config key of this project (``<name>:key``) or a name derived from it (``<name>-dev-instance``; the
    pack's fixed ``aws-starter-guardrails`` aside), which would fail in a fork yet not be selected."""
    selected = {node.split("::")[0] for node in name_reading_tests(REPO / "tests")}
    importing, spelled = set(), []
    for path in sorted((REPO / "tests").glob("test_*.py")):
        spelled += [path.name] if re.search(rf"{re.escape(PROJECT)}(:|-(?!guardrails))", path.read_text()) else []
        for node in parsed(path).body:
            if (
                isinstance(node, ast.ImportFrom)
                and node.module == "conftest"
                and NAME_SOURCES & {a.name for a in node.names}
            ):
                importing.add(f"tests/{path.name}")
    assert importing and importing <= selected, sorted(importing - selected)
    assert spelled == []


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
    # gone, and the prompted values saved into the committed Pulumi.dev.yaml next to its own (PROJECT) keys.
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

    # every test of the suite whose code reads the project name (test_fork's own aside: they are this run)
    suite = pytest_in(copy, *name_reading_tests(copy / "tests", skip=("test_fork.py",)))
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
