"""What ``run_program`` leaves behind and skips, so that many runs in one process stay independent and cheap:
the program's own modules are forgotten before and after each run (installed packages stay loaded), the SDK's
per-resource stack capture is off only while a program runs, and a pack is not sent a policy config it holds."""

from __future__ import annotations

import gc
import sys
import types
from pathlib import Path
from typing import Any

import pulumi
import pulumi_aws
import pytest
from conftest import REPO
from pulumi.runtime import resource as pulumi_resource
from pulumi.runtime.proto import analyzer_pb2

from tools.offline_preview import engine
from tools.offline_preview.analyzer import PolicyPackProcess
from tools.offline_preview.engine import run_program

MAIN = """
import pulumi
import pulumi_aws as aws
import {module}
from iso_pkg import inner

aws.s3.Bucket("b")
pulumi.export("value", {module}.VALUE)
pulumi.export("inner", inner.VALUE)
"""


def _program(where: Path, value: str, module: str = "helper") -> Path:
    """A program whose ``__main__.py`` imports a top-level module and a package module of its own."""
    (where / "iso_pkg").mkdir(parents=True)
    (where / "__main__.py").write_text(MAIN.format(module=module))
    (where / f"{module}.py").write_text(f"VALUE = {value!r}\n")
    (where / "iso_pkg" / "__init__.py").write_text("")
    (where / "iso_pkg" / "inner.py").write_text(f"VALUE = {value!r}\n")
    return where


def _run(program: Path, **kwargs: Any) -> dict[str, Any]:
    return run_program(program, "iso", "test", {"aws:region": "eu-west-1"}, **kwargs).outputs


def test_a_programs_own_modules_are_gone_after_its_run(tmp_path):
    program = _program(tmp_path / "p", "one", module="iso_helper_gone")
    assert _run(program) == {"value": "one", "inner": "one"}
    left = [name for name in sys.modules if name.split(".")[0] in ("iso_helper_gone", "iso_pkg")]
    assert not left


def test_a_copy_of_a_program_runs_its_own_modules_not_the_originals(tmp_path):
    first = _program(tmp_path / "first", "first")
    second = _program(tmp_path / "second", "second")
    assert _run(first) == {"value": "first", "inner": "first"}
    assert _run(second) == {"value": "second", "inner": "second"}
    assert _run(first, preview=True) == {"value": "first", "inner": "first"}


def test_a_module_of_the_same_name_imported_from_elsewhere_does_not_shadow_the_programs(tmp_path, monkeypatch):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "iso_shadowed.py").write_text("VALUE = 'elsewhere'\n")
    monkeypatch.syspath_prepend(str(elsewhere))
    import iso_shadowed  # noqa: F401  # an earlier import, as a test importing the repo's components would do

    assert sys.modules["iso_shadowed"].VALUE == "elsewhere"
    program = _program(tmp_path / "program", "program", module="iso_shadowed")
    assert _run(program)["value"] == "program"


def test_a_module_loaded_from_inside_the_program_directory_under_another_name_is_gone_too(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "path", list(sys.path))  # the program adds its lib/ folder
    program = _program(tmp_path / "p", "x")
    (program / "lib").mkdir()  # no __init__.py: not one of the program's own top-level names
    (program / "lib" / "iso_from_lib.py").write_text("VALUE = 'lib'\n")
    main = program / "__main__.py"
    main.write_text(
        "import sys, pathlib\nsys.path.insert(0, str(pathlib.Path(__file__).parent / 'lib'))\n"
        "import iso_from_lib\nLIB = iso_from_lib.VALUE\n" + main.read_text()
    )
    _run(program)
    assert "iso_from_lib" not in sys.modules


def test_installed_packages_stay_loaded_across_runs(tmp_path):
    program = _program(tmp_path / "p", "x")
    _run(program)
    _run(program)
    assert sys.modules["pulumi_aws"] is pulumi_aws
    assert sys.modules["pulumi"] is pulumi


def test_a_module_replacing_an_installed_one_under_its_name_is_judged_again(tmp_path, monkeypatch):
    program = _program(tmp_path / "p", "x")
    installed = types.ModuleType("iso_installed")
    installed.__file__ = str(tmp_path / "venv" / "site-packages" / "iso_installed.py")
    monkeypatch.setitem(sys.modules, "iso_installed", installed)
    engine._purge_modules(program)
    assert sys.modules["iso_installed"] is installed  # an installed package's module stays
    replacement = types.ModuleType("iso_installed")
    replacement.__file__ = str(program / "lib" / "iso_installed.py")
    sys.modules["iso_installed"] = replacement
    engine._purge_modules(program)
    assert "iso_installed" not in sys.modules


def test_the_repos_own_program_forgets_its_components_but_keeps_tools_and_tests(tmp_path):
    import components  # noqa: F401  # the template's package, imported from the repo as a test would

    engine._purge_modules(REPO)
    assert "components" not in sys.modules
    assert "tools.offline_preview.engine" in sys.modules
    assert "conftest" in sys.modules


def test_stack_capture_is_off_while_a_program_runs_and_restored_after(tmp_path, monkeypatch):
    original = pulumi_resource._get_stack_trace
    seen: list[Any] = []
    register = engine.RecordingMonitor.RegisterResource

    def spy(self: engine.RecordingMonitor, request: Any) -> Any:
        seen.append((len(request.stackTrace.frames), request.HasField("sourcePosition")))
        return register(self, request)

    monkeypatch.setattr(engine.RecordingMonitor, "RegisterResource", spy)
    _run(_program(tmp_path / "p", "x"))
    assert seen and set(seen) == {(0, False)}
    assert pulumi_resource._get_stack_trace is original
    assert original.__module__ == "pulumi.runtime.resource"  # the SDK's own, not one an earlier run left behind


def test_the_stack_capture_switch_is_still_there():
    # if an SDK release renames it, runs still work but pay for the capture again: update engine.py
    assert callable(getattr(pulumi_resource, "_get_stack_trace", None))


@pytest.fixture(scope="module")
def counted_pack():
    with PolicyPackProcess(REPO / "policies") as pack:
        yield pack


def test_a_policy_config_the_pack_holds_is_not_sent_again_and_a_changed_one_is(counted_pack, monkeypatch):
    pack = counted_pack
    sent: list[Any] = []
    stub = pack.stub
    real = stub.Configure
    monkeypatch.setattr(stub, "Configure", lambda request: sent.append(request) or real(request))
    pack.configure({})
    pack.configure({})
    changed = {"all": "advisory"}
    pack.configure(changed)
    pack.configure(changed)
    pack.configure({})
    assert len(sent) == 3, [len(r.policyConfig) for r in sent]
    assert {c.enforcementLevel for c in sent[1].policyConfig.values()} == {analyzer_pb2.ADVISORY}


def test_freezing_waits_until_enough_modules_were_imported_since_the_last_time(monkeypatch):
    monkeypatch.setattr(engine, "_FROZEN_WITH", len(sys.modules) - 9)
    assert not engine.freeze_what_is_loaded(new_modules=10)
    monkeypatch.setattr(engine, "_FROZEN_WITH", len(sys.modules) - 10)
    assert engine.freeze_what_is_loaded(new_modules=10)
    assert len(sys.modules) == engine._FROZEN_WITH
    assert gc.get_freeze_count() > 0
