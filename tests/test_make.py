"""The Makefile's Python handling, in a temporary copy with stand-in interpreters (only 3.11 is real here):
an old or missing Python is refused in one line before anything is created, `make` alone prints help, a
.venv built by another Python is rebuilt rather than reused, and `make clean` removes the venv and caches."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO

# The files the Makefile's venv stamp depends on; nothing else is needed to exercise its Python handling.
MAKE_INPUTS = ("Makefile", "requirements.txt", "requirements-dev.txt", "policies/requirements.txt", "pyproject.toml")

FAKE_PYTHON = """#!/bin/sh
# A stand-in for Python {version}: runs the Makefile's `-c` probes on the real interpreter with that version in
# sys.version_info, creates a venv whose python is this same stand-in, and logs pip calls instead of installing.
if [ "$1" = "-c" ]; then
  exec {real} -c "import sys; sys.version_info = ({major}, {minor}, 0, 'final', 0)
$2"
elif [ "$1" = "-m" ] && [ "$2" = "venv" ]; then
  mkdir -p "$3/bin" && cp "$0" "$3/bin/python"
elif [ "$1" = "-m" ] && [ "$2" = "pip" ]; then
  echo "pip $*" >> "$(dirname "$0")/../pip.log"
fi
"""


def fake_python(path: Path, version: str) -> Path:
    major, minor = (int(n) for n in version.split("."))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(FAKE_PYTHON.format(version=version, real=sys.executable, major=major, minor=minor))
    path.chmod(0o755)
    return path


@pytest.fixture
def project(tmp_path: Path) -> Path:
    for name in MAKE_INPUTS:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(REPO / name, tmp_path / name)
    return tmp_path


def make(project: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["make", "--no-print-directory", "-C", str(project), *args], capture_output=True, text=True, timeout=60, env=env
    )


def test_make_alone_prints_help(project):
    proc = make(project)
    assert proc.returncode == 0 and proc.stderr == ""
    assert proc.stdout.splitlines()[0].startswith("Targets (run on a fresh machine with Python 3.11+")
    for target in ("help", "plan", "test", "rename", "clean", "venv"):
        assert f"  make {target} " in proc.stdout, target


@pytest.mark.parametrize("target", ["plan", "test", "venv", "rename"])
def test_python_older_than_3_11_is_refused_in_one_line(project, tmp_path, target):
    old = fake_python(tmp_path / "bin" / "python3.10", "3.10")
    proc = make(project, target, f"PYTHON={old}")
    assert proc.returncode == 2 and proc.stdout == ""
    assert len(proc.stderr.splitlines()) == 1
    assert f"Python 3.11+ required, found 3.10 ({old}); choose another, e.g. PYTHON=python3.12 make {target}" in proc.stderr
    assert not (project / ".venv").exists()


def test_a_python_that_does_not_run_is_refused_in_one_line(project, tmp_path):
    proc = make(project, "plan", f"PYTHON={tmp_path / 'no-such-python'}")
    assert proc.returncode == 2 and len(proc.stderr.splitlines()) == 1
    assert "does not run; install Python 3.11+ or choose one, e.g. PYTHON=python3.12 make plan" in proc.stderr
    assert not (project / ".venv").exists()


@pytest.mark.parametrize("target", ["help", "clean"])
def test_help_and_clean_need_no_python(project, tmp_path, target):
    assert make(project, target, f"PYTHON={tmp_path / 'no-such-python'}").returncode == 0


def test_a_venv_built_by_another_python_is_rebuilt(project, tmp_path):
    fake_python(project / ".venv" / "bin" / "python", "3.10")
    (project / ".venv" / ".installed-3.10").touch()
    (project / ".venv" / "left-by-3.10").touch()
    python = fake_python(tmp_path / "bin" / "python3.11", "3.11")

    proc = make(project, "venv", f"PYTHON={python}")
    assert proc.returncode == 0, proc.stderr
    assert "make: .venv was built by another Python; rebuilding it with 3.11" in proc.stderr
    assert proc.stdout == ""  # setup messages go to stderr
    venv = project / ".venv"
    assert not (venv / "left-by-3.10").exists() and not (venv / ".installed-3.10").exists()
    assert (venv / ".installed-3.11").exists()
    probe = subprocess.run([venv / "bin" / "python", "-c", "print(sys.version_info[:2])"], capture_output=True, text=True)
    assert probe.stdout == "(3, 11)\n"
    assert "-r requirements-dev.txt" in (venv / "pip.log").read_text()

    again = make(project, "venv", f"PYTHON={python}")  # the same Python: reused, nothing reinstalled
    assert again.returncode == 0 and "rebuilding" not in again.stderr and "installing" not in again.stderr


def test_a_venv_of_the_same_python_is_reused_when_requirements_change(project, tmp_path):
    python = fake_python(tmp_path / "bin" / "python3.11", "3.11")
    assert make(project, "venv", f"PYTHON={python}").returncode == 0
    (project / ".venv" / "kept").touch()
    (project / "requirements.txt").write_text((project / "requirements.txt").read_text() + "\n")
    proc = make(project, "venv", f"PYTHON={python}")
    assert proc.returncode == 0 and "rebuilding" not in proc.stderr and "installing pinned" in proc.stderr
    assert (project / ".venv" / "kept").exists()


def test_clean_removes_the_venv_and_caches(project, tmp_path):
    for path in (".venv/bin", ".pytest_cache/v", ".ruff_cache/0", "components/__pycache__", ".mypy_cache"):
        (project / path).mkdir(parents=True)
    (project / "components" / "kept.py").write_text("")
    schema_cache = tmp_path / "schema-cache"
    schema_cache.mkdir()
    (schema_cache / "pulumi-aws-7.51.1-inputs.json").write_text("{}")
    (schema_cache / "unrelated.txt").write_text("")  # the cache directory may be shared: only its own files go
    env = {**os.environ, "STARTER_SCHEMA_CACHE": str(schema_cache)}
    proc = make(project, "clean", f"PYTHON={tmp_path / 'no-such-python'}", env=env)
    assert proc.returncode == 0, proc.stderr
    left = sorted(str(p.relative_to(project)) for p in project.rglob("*"))
    assert not [
        p for p in left if p.startswith((".venv", ".pytest_cache", ".ruff_cache", ".mypy_cache")) or "__pycache__" in p
    ], left
    assert (project / "components" / "kept.py").exists()
    assert [p.name for p in schema_cache.iterdir()] == ["unrelated.txt"]


def test_slow_tests_start_first_longest_first_and_each_file_stays_on_one_worker(request):
    """tests/conftest.py's scheduling for `make test` (--dist loadgroup --no-loadscope-reorder), on this session."""
    items = request.session.items
    slow = [item.get_closest_marker("slow") for item in items]
    first = [mark for mark in slow if mark]
    assert slow[: len(first)] == first, "a slow test comes after a fast one"
    seconds = [float(mark.kwargs.get("seconds", 0)) for mark in first]
    assert seconds == sorted(seconds, reverse=True) and all(seconds), f"slow tests not longest first: {seconds}"
    if not request.config.pluginmanager.has_plugin("xdist"):
        return
    for item, mark in zip(items, slow, strict=True):
        path = item.nodeid.split("::", 1)[0]
        group = item.get_closest_marker("xdist_group")
        expected = f"slow:{path}::" if mark else path
        assert group is not None and str(group.args[0]).startswith(expected), (item.nodeid, group)


def test_provider_tests_are_marked_and_run_by_their_own_target_which_ci_also_runs(request):
    """`make test` leaves out the tests that need terraform and the provider mirror; `make test-provider` runs exactly
    those; `.ci/run` and the pull-request workflow run both targets."""
    provider = {item.nodeid for item in request.session.items if item.get_closest_marker("provider")}
    uses_bridge = {item.nodeid for item in request.session.items if "bridge" in getattr(item, "fixturenames", ())}
    assert provider == uses_bridge
    apply = [item.nodeid for item in request.session.items if "applies_converges_audits_and_destroys" in item.name]
    assert set(apply) <= provider

    targets = ("test", "test-fast", "test-provider")  # one dry run: each target's pytest line, in this order
    dry = subprocess.run(["make", "-n", *targets, f"STAMP={REPO / 'Makefile'}"], cwd=REPO, capture_output=True, text=True)
    pytest_args = [shlex.split(line.split(" -m pytest ", 1)[1]) for line in dry.stdout.splitlines() if " -m pytest " in line]
    assert [args[args.index("-m") + 1] for args in pytest_args] == ["not provider", "not slow and not provider", "provider"]
    ci = [line.split()[:2] for line in (REPO / ".ci" / "run").read_text().splitlines() if line.startswith("make ")]
    assert ci == [["make", "scan-env"], ["make", "test"], ["make", "test-provider"]]  # scan-env: checkov for its tests
    workflow = (REPO / ".github" / "workflows" / "pull-request.yml").read_text()
    assert "run: make test\n" in workflow and "run: make test-provider\n" in workflow
