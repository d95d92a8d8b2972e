"""The mutation gate's own machinery (bench/mutation_report.py), without running any mutant: the module table
points at real files and tests, the survivors file parses and every entry still names a line that exists, and
the judgement counts a listed equivalent as not-a-survivor and an unlisted one as a failure."""

from __future__ import annotations

import ast
import subprocess

import pytest
from conftest import REPO

from bench import mutation_report as gate


@pytest.mark.parametrize("name", sorted(gate.MODULES))
def test_every_module_row_names_existing_files_and_tests(name):
    module = gate.MODULES[name]
    assert gate.module_files(module), f"{name}: none of {module.paths} exists"
    for test in module.tests:
        assert (REPO / test.split("::")[0]).is_file(), test


@pytest.mark.parametrize("name", sorted(gate.MODULES))
def test_a_file_test_map_names_files_of_its_row_and_tests_of_its_row(name):
    module = gate.MODULES[name]
    for file, tests in module.file_tests.items():
        assert file in gate.module_files(module), f"{name}: {file} is not mutated by this row"
        assert tests and set(tests) <= set(module.tests), f"{name}: {file} maps to tests outside the row"


def test_a_file_run_uses_its_map_and_any_other_run_the_row_tests():
    module = gate.Module(("a.py", "b.py"), ("t1.py", "t2.py", "t3.py"), file_tests={"a.py": ("t3.py", "t1.py")})
    assert module.tests_for(["a.py"]) == ("t3.py", "t1.py")  # the map's order: likeliest killer first
    assert module.tests_for(["a.py", "b.py"]) == module.tests  # b.py has no map: the row's tests
    assert module.tests_for(None) == module.tests


def test_no_file_is_mutated_by_two_rows():
    seen: dict[str, str] = {}
    for name, module in gate.MODULES.items():
        for file in gate.module_files(module):
            assert file not in seen, f"{file} in {seen.get(file)} and {name}"
            seen[file] = name


def test_every_listed_equivalent_still_names_a_line_that_exists():
    listed = gate.read_survivors()
    for (path, operator, _col, source, mutated), reason in listed.items():
        lines = [line.strip() for line in (REPO / path).read_text().splitlines()]
        assert source in lines, f"stale entry ({path}: {source!r} is gone); remove it: {reason}"
        assert operator.split("/")[0] in ("core", "starter") and mutated != source
        assert mutated or operator == "core/RemoveDecorator", f"{path}: only a removed decorator deletes its line"


def test_malformed_survivors_line_is_refused(tmp_path):
    bad = tmp_path / "survivors.txt"
    bad.write_text("facts.py | core/NumberReplacer | 3:1 | no arrow here\n")
    with pytest.raises(gate.GateError, match=r"survivors\.txt:1"):
        gate.read_survivors(bad)


def test_a_removed_line_round_trips_through_the_survivors_file(tmp_path):
    removed = gate.Mutant("a.py", "core/RemoveDecorator", 3, 0, "@cache", "survived")
    kept = gate.Mutant("a.py", "core/NumberReplacer", 4, 9, "x = 1", "survived", mutated="x = 2")
    listed = tmp_path / "survivors.txt"
    listed.write_text(f"{removed.survivors_line('why')}\n{kept.survivors_line('why')}\n")
    assert "=> <removed>" in listed.read_text()
    assert set(gate.read_survivors(listed)) == {removed.key, kept.key}


def test_mutants_inside_annotations_are_found():
    source = "def f(a: int | None, b=1 | 2) -> str | None:\n    x: list[int] | None = None\n    return a | b\n"
    spans = gate.annotation_spans(source)

    def inside(line: int, col: int) -> bool:
        return any(start <= (line, col) < end for start, end in spans)

    assert inside(1, source.index("| None"))  # argument annotation
    assert inside(1, source.index("| None:"))  # return annotation
    assert inside(2, 16)  # variable annotation
    assert not inside(1, source.index("| 2"))  # a default value is evaluated
    assert not inside(3, 13)  # the body is evaluated


def test_only_the_named_data_tables_are_left_out(monkeypatch):
    path = "policies/starter_shared/example.py"
    monkeypatch.setattr(gate, "DATA_TABLES", {(path, "ROWS"): "data", (path, "TYPED"): "data"})
    source = (
        'ROWS = {"a": ("x",),\n        "b": ("y",)}\n'
        'TYPED: frozenset[str] = frozenset({"t"})\n'
        'OTHER = {"c": 1}\n'
        "def f(x):\n    ROWS = {1: 2}\n    return x\n"
    )
    spans = gate.data_table_spans(path, source)

    def inside(line: int, col: int) -> bool:
        return any(start <= (line, col) < end for start, end in spans)

    assert inside(1, source.index('"a"')) and inside(2, 8)  # both lines of a table
    assert (
        inside(3, source.splitlines()[2].index("frozenset({")) and not inside(3, 0) and not inside(3, 7)
    )  # the value, not the name or annotation
    assert not inside(4, 10)  # another module-level name
    assert not inside(6, 11)  # a local of the same name
    assert gate.data_table_spans("policies/starter_shared/other.py", source) == []


def test_every_data_table_names_an_assignment_of_a_mutated_file():
    mutated = {f for module in gate.MODULES.values() for f in gate.module_files(module)}
    for file, name in gate.DATA_TABLES:
        assert file in mutated, file
        body = ast.parse((REPO / file).read_text()).body
        targets = [t for n in body if isinstance(n, ast.Assign) for t in n.targets]
        targets += [n.target for n in body if isinstance(n, ast.AnnAssign)]
        assert name in {t.id for t in targets if isinstance(t, ast.Name)}, f"{file}: no module-level {name}"


def test_listed_survivor_is_equivalent_and_unlisted_one_fails(monkeypatch):
    listed = gate.Mutant("m.py", "core/NumberReplacer", 3, 4, "X = 1", "survived", "X = 2")
    unlisted = gate.Mutant("m.py", "core/NumberReplacer", 3, 4, "X = 1", "survived", "X = 0")
    killed = [gate.Mutant("m.py", "core/AddNot", n, 0, "if y:", "killed", "if not y:") for n in range(8)]
    skipped = gate.Mutant("m.py", "core/ReplaceBinaryOperator_Add_Pow", 5, 0, "a + b", "skipped", "a ** b")
    monkeypatch.setattr(gate, "read_survivors", lambda: {listed.key: "why"})
    report = gate.summarise("m", ["m.py"], ("t.py",), [listed, unlisted, *killed, skipped], 1.0)
    assert (report["killed"], report["survived"], report["equivalent"], report["skipped"]) == (8, 1, 1, 1)
    assert report["kill_rate"] == round(8 / 9, 4)
    assert report["survivors"] == [unlisted.survivors_line()]


def test_mutation_stays_out_of_make_test_and_ci():
    ci = (REPO / ".ci" / "run").read_text()
    assert "mutate" not in ci and "mutation" not in ci
    dry = subprocess.run(["make", "-n", "test"], cwd=REPO, capture_output=True, text=True)
    assert "mutation_report" not in dry.stdout
    assert (
        "bench/mutation_report.py"
        in subprocess.run(["make", "-n", "mutate"], cwd=REPO, capture_output=True, text=True).stdout
    )


def test_a_file_is_run_with_the_row_that_mutates_it():
    assert gate.module_of("policies/starter_policies/compute.py") == "starter_policies"
    assert gate.module_of("components/policy_documents.py") == "components.policy_documents"
    with pytest.raises(gate.GateError, match="no module row"):
        gate.module_of("README.md")


def test_recheck_needs_an_earlier_session_of_the_same_source(tmp_path, monkeypatch):
    monkeypatch.setattr(gate, "REPO", tmp_path)
    (tmp_path / "m.py").write_text("X = 1\n")
    with pytest.raises(gate.GateError, match="no earlier session"):
        gate.reopen_survivors(tmp_path / "session.sqlite", ["m.py"], tmp_path / "w0")
    (tmp_path / "session.sqlite").touch()
    (tmp_path / "w0").mkdir()
    (tmp_path / "w0" / "m.py").write_text("X = 2\n")
    with pytest.raises(gate.GateError, match=r"m\.py changed"):
        gate.reopen_survivors(tmp_path / "session.sqlite", ["m.py"], tmp_path / "w0")
