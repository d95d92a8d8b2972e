"""Mutation testing as a measured gate: cosmic-ray over each module with the fast tests that exercise it.

    .venv/bin/python bench/mutation_report.py [--module NAME ...] [--file PATH ...] [--recheck] [--workers 2] [--list]

For each module in MODULES: copy the working tree into one scratch folder per worker (cosmic-ray mutates files
on disk, so the pack subprocess and the program under runpy see the mutant), run the module's tests once
unmutated, let cosmic-ray generate the mutants (its core operators plus bench/mutation_operators.py:
string literals and dict entries), drop the ones this project counts as noise (NOISE_OPERATORS,
and any mutant inside an annotation, which ``from __future__ import annotations`` never evaluates), run the
rest on http workers, and judge the outcome against tests/mutation-survivors.txt (one line per equivalent
mutant, with its reason). Prints a JSON report per module and overall (also written to .mutation/report.json).

Exit 0 when every survivor is listed as equivalent and the kill rates meet the targets, 1 when not (each
unlisted survivor is printed to stderr as a ready-to-edit survivors line), 2 on bad input or a red baseline.
Why cosmic-ray and not mutmut, and how to read the report: docs/mutation-testing.md.
"""

from __future__ import annotations

import argparse
import ast
import json
import os
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
WORK = REPO / ".mutation"
SURVIVORS_FILE = REPO / "tests" / "mutation-survivors.txt"
TARGET_OVERALL = 0.90
TARGET_MODULE = 0.85
TIMEOUT_S = 300.0


class GateError(Exception):
    """Bad input or a red baseline: reported in one line, exit 2."""


@dataclass(frozen=True)
class Module:
    """One row of the gate: the source files mutated and the fast tests that judge each mutant."""

    paths: tuple[str, ...]
    """Files or folders (every ``*.py`` below); a path that does not exist is skipped, so a module may move."""
    tests: tuple[str, ...]
    """pytest arguments: the test files (or node ids) that exercise these files."""
    exclude: tuple[str, ...] = field(default=())
    """Files under ``paths`` that another row owns."""
    file_tests: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """A ``--file`` run's faster test set, per file: those of the row's tests that exercise it, the likeliest killer
    first (``-x`` stops there). A run of files all named here uses them in that order (several files: the union);
    any other run uses ``tests``. Too narrow a set only inflates the survivors, it never hides one."""

    def tests_for(self, files: list[str] | None) -> tuple[str, ...]:
        """The tests a run of ``files`` (None: the whole row) judges each mutant with."""
        if not files or not all(f in self.file_tests for f in files):
            return self.tests
        return tuple(dict.fromkeys(t for f in files for t in self.file_tests[f]))


# The one table: add a row to put a module under the gate. Tests are the fast subset that exercises the module
# (the pack tests run the pack as a separate process over gRPC; the program tests run __main__.py under mocks).
MODULES: dict[str, Module] = {
    "starter_shared": Module(
        ("policies/starter_shared/",),
        (
            "tests/test_shared.py",
            "tests/test_config.py",
            "tests/test_iam_documents.py",
            "tests/test_policy_iam.py",
            "tests/test_audit_edges.py",
            "tests/test_policy_tagging.py",
        ),
        exclude=("policies/starter_shared/iam_documents.py",),
        # The facts the pack's rules read (managed policies, unscoped actions, taggable types) are judged by the
        # tables of the rules that read them; the IAM names by the shared table and the program's config.
        file_tests={
            **dict.fromkeys(
                (
                    "policies/starter_shared/__init__.py",
                    "policies/starter_shared/elb_tls.py",
                    "policies/starter_shared/facts.py",
                    "policies/starter_shared/networks.py",
                    "policies/starter_shared/outputs.py",
                ),
                ("tests/test_shared.py",),
            ),
            "policies/starter_shared/iam_names.py": ("tests/test_shared.py", "tests/test_config.py"),
            "policies/starter_shared/iam_managed_policies.py": (
                "tests/test_iam_documents.py",
                "tests/test_policy_iam.py",
                "tests/test_audit_edges.py",
            ),
            "policies/starter_shared/iam_unscoped_actions.py": ("tests/test_iam_documents.py", "tests/test_policy_iam.py"),
            "policies/starter_shared/taggable_types.py": ("tests/test_policy_tagging.py",),
        },
    ),
    "starter_shared.iam_documents": Module(
        ("policies/starter_shared/iam_documents.py",),
        (
            "tests/test_iam_documents.py",
            "tests/test_shared.py",
            "tests/test_policy_iam.py",
            "tests/test_policies.py",
            "tests/test_audit.py",
        ),
        # The pure judgement's own table tests first, then the pack's IAM rules in their forms tables.
        # test_shared.py never imports iam_documents. The file map leaves out the pack over gRPC
        # (test_policies.py, 35 s under load) and the audit (test_audit.py, 90 s) that every surviving mutant would
        # pay: both judge documents only through functions test_iam_documents.py tests clause by clause, and a
        # mutant only they would kill shows up as a survivor (a too-narrow map never hides one).
        file_tests={"policies/starter_shared/iam_documents.py": ("tests/test_iam_documents.py", "tests/test_policy_iam.py")},
    ),
    "components.policy_documents": Module(
        ("components/policy_documents.py",), ("tests/test_mutation_kills_policy_documents.py", "tests/test_guarantees.py")
    ),
    "components": Module(
        ("components/",),
        ("tests/test_config.py", "tests/test_guarantees.py", "tests/test_behaviour.py"),
        exclude=("components/policy_documents.py",),
        # tests/test_config.py imports only config.py and network.py: the other files skip it.
        file_tests={
            # The parser is pure: its own table tests first; the program runs catch a setting that parses but
            # never reaches its resource (a conversion, a default).
            "components/config.py": ("tests/test_config.py", "tests/test_guarantees.py", "tests/test_behaviour.py"),
            **{
                f"components/{f}.py": ("tests/test_guarantees.py", "tests/test_behaviour.py")
                for f in (
                    "web_tier",
                    "storage",
                    "security_roles",
                    "platform",
                    "emulator",
                    "blocks/secure_bucket",
                    "blocks/security_group",
                    "blocks/__init__",
                    "__init__",
                )
            },
        },
    ),
    "starter_policies": Module(
        ("policies/starter_policies/",),
        (
            "tests/test_policy_forms_compute.py",
            "tests/test_policy_forms_network.py",
            "tests/test_policy_forms_storage.py",
            "tests/test_policy_forms_kms.py",
            "tests/test_policy_tagging.py",
            "tests/test_policy_iam.py",
            "tests/test_policy_common.py",
            "tests/test_policy_services.py",
            "tests/test_policy_request_cache_gc.py",
            "tests/test_policy_forms_gate.py",
            "tests/test_policies.py",
        ),
        # Per file, the likeliest killer first: the row's tests that judge its rules, plus the forms tables whose
        # passing cases hold its resource types (a passing case asserts no mandatory violation of any rule).
        file_tests={
            "policies/starter_policies/network.py": (
                "tests/test_policy_forms_network.py",
                "tests/test_policy_forms_compute.py",
                "tests/test_policy_tagging.py",
                "tests/test_policies.py",
            ),
            "policies/starter_policies/encryption.py": (
                "tests/test_policy_forms_storage.py",
                "tests/test_policy_forms_network.py",
                "tests/test_policy_forms_kms.py",
                "tests/test_policy_forms_compute.py",
                "tests/test_policies.py",
            ),
            "policies/starter_policies/storage.py": (
                "tests/test_policy_forms_storage.py",
                "tests/test_policy_forms_compute.py",
                "tests/test_policies.py",
            ),
            "policies/starter_policies/iam.py": ("tests/test_policy_iam.py", "tests/test_policies.py"),
            # tests/test_policies.py runs the services' cases through the pack again, and holds the README rule table
            "policies/starter_policies/datastores.py": ("tests/test_policy_services.py", "tests/test_policies.py"),
            "policies/starter_policies/tagging.py": (
                "tests/test_policy_tagging.py",
                "tests/test_policy_forms_compute.py",
                "tests/test_policies.py",
            ),
            # The rules for services a fork adds first: their own table, then the pack-wide tests.
            **dict.fromkeys(
                (
                    "policies/starter_policies/serverless.py",
                    "policies/starter_policies/messaging.py",
                    "policies/starter_policies/cdn.py",
                    "policies/starter_policies/observability.py",
                ),
                ("tests/test_policy_services.py", "tests/test_policies.py"),
            ),
            # The speed layer: its own tests, then the tables that compare every verdict with and without it.
            "policies/starter_policies/request_cache.py": (
                "tests/test_policy_request_cache_gc.py",
                "tests/test_policy_forms_gate.py",
                "tests/test_policies.py",
            ),
            # Every rule calls these helpers: their direct table first (no pack process), then every rule test.
            "policies/starter_policies/common.py": (
                "tests/test_policy_common.py",
                "tests/test_policy_forms_storage.py",
                "tests/test_policy_forms_network.py",
                "tests/test_policy_forms_compute.py",
                "tests/test_policy_forms_kms.py",
                "tests/test_policy_tagging.py",
                "tests/test_policy_iam.py",
                "tests/test_policy_services.py",
                "tests/test_policies.py",
            ),
        },
    ),
    "audit": Module(
        ("tools/audit/", "tools/audit.py"),
        ("tests/test_audit_edges.py", "tests/test_audit_cli.py", "tests/test_audit.py"),
        # The canned-answer tests judge each check and the command line in seconds; the moto-backed tests (tens of
        # seconds: a server and a deployment per run) come last, for what only real clients show.
        file_tests={
            "tools/audit/checks.py": ("tests/test_audit_edges.py", "tests/test_audit_cli.py", "tests/test_audit.py"),
            "tools/audit/cli.py": ("tests/test_audit_cli.py", "tests/test_audit.py"),
        },
    ),
}

# Operator replacements left out of every run, each with its reason (regular expressions on cosmic-ray's names).
NOISE_OPERATORS: dict[str, str] = {
    r"core/ReplaceBinaryOperator_\w+_(Pow|RShift|LShift|BitAnd|BitXor|FloorDiv|Mod)$": (
        "the code does no arithmetic or bit work: +/-/*// and | replacements of each site already break it"
    ),
    r"core/ReplaceComparisonOperator_(Is_Eq|IsNot_NotEq|Eq_Is|NotEq_IsNot)$": (
        "`is None` and `== None` agree for every value the code compares"
    ),
}


# Module-level tables of generated or transcribed facts whose rows are left out of the mutants, each with its
# reason: a test could only repeat a row, which proves no more than the table's source does. The functions that
# read them stay under the gate (tests/test_iam_documents.py, tests/test_policy_tagging.py judge the lookups).
DATA_TABLES: dict[tuple[str, str], str] = {
    ("policies/starter_shared/taggable_types.py", "PULUMI_AWS_VERSION"): (
        "generated from pulumi-aws's schema by tools.offline_preview.gen_taggable; a test regenerates the file and "
        "compares its text, which any mutant fails without measuring a test"
    ),
    ("policies/starter_shared/taggable_types.py", "TAGGABLE_TYPES"): (
        "generated from pulumi-aws's schema by tools.offline_preview.gen_taggable; a test regenerates the file and "
        "compares its text, which any mutant fails without measuring a test"
    ),
    ("policies/starter_shared/iam_unscoped_actions.py", "UNSCOPED_ACTIONS"): (
        "transcribed from the AWS Service Authorization Reference (the module cites it); the lookup is tested"
    ),
    ("policies/starter_shared/iam_managed_policies.py", "BROAD_MANAGED_POLICIES"): (
        "AWS-managed policy names with what each grants, transcribed; the lookup and the FullAccess family are tested"
    ),
}


def data_table_spans(path: str, source: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """``((line, col), (end line, end col))`` of the value of each module-level ``DATA_TABLES`` entry of ``path``."""
    names = {name for file, name in DATA_TABLES if file == path}
    spans = []
    for node in ast.parse(source).body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        value = getattr(node, "value", None)
        if value is not None and any(isinstance(t, ast.Name) and t.id in names for t in targets):
            spans.append(((value.lineno, value.col_offset), (value.end_lineno or value.lineno, value.end_col_offset or 0)))
    return spans


def module_files(module: Module) -> list[str]:
    """The existing ``.py`` files a module row names, relative to the repository, sorted."""
    files: set[str] = set()
    for entry in module.paths:
        path = REPO / entry
        if path.is_dir():
            files.update(str(p.relative_to(REPO)) for p in path.rglob("*.py") if "__pycache__" not in p.parts)
        elif path.is_file():
            files.add(entry)
    return sorted(files - set(module.exclude))


# -- the survivors file ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Mutant:
    """One mutant as cosmic-ray reports it, with the source line it changes."""

    path: str
    operator: str
    line: int
    col: int
    source: str
    outcome: str
    mutated: str = ""
    """The changed line as the mutant has it (first added line of cosmic-ray's diff)."""

    @property
    def key(self) -> tuple[str, str, int, str, str]:
        # The line number is left out so that edits elsewhere in the file keep an entry valid.
        return self.path, self.operator, self.col, self.source, self.mutated

    def survivors_line(self, reason: str = "<why this mutant is equivalent>") -> str:
        mutated = self.mutated or REMOVED
        return f"{self.path} | {self.operator} | {self.line}:{self.col} | {reason} | {self.source} => {mutated}"


REMOVED = "<removed>"
"""How the survivors file shows a mutant that deletes its line (a removed decorator)."""


def read_survivors(path: Path = SURVIVORS_FILE) -> dict[tuple[str, str, int, str, str], str]:
    """``key -> reason`` from the survivors file: ``path | operator | line:col | reason | source => mutated``."""
    listed: dict[tuple[str, str, int, str, str], str] = {}
    if not path.exists():
        return listed
    for number, raw in enumerate(path.read_text().splitlines(), 1):
        if not raw.strip() or raw.startswith("#"):
            continue
        parts = raw.split(" | ", 4)
        if len(parts) != 5 or ":" not in parts[2] or not parts[3].strip() or " => " not in parts[4]:
            raise GateError(f"{path.name}:{number}: expected 'path | operator | line:col | reason | source => mutated'")
        file, operator, position, reason, change = parts
        source, mutated = change.rsplit(" => ", 1)
        mutated = "" if mutated.strip() == REMOVED else mutated.strip()
        listed[(file, operator, int(position.split(":")[1]), source.strip(), mutated)] = reason.strip()
    return listed


# -- running one module ----------------------------------------------------------------------------------------
def annotation_spans(source: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """``((line, col), (end line, end col))`` of every annotation in a module (never evaluated here)."""
    spans = []
    for node in ast.walk(ast.parse(source)):
        annotations = []
        if isinstance(node, ast.arg | ast.AnnAssign) and node.annotation is not None:
            annotations.append(node.annotation)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.returns is not None:
            annotations.append(node.returns)
        spans += [((a.lineno, a.col_offset), (a.end_lineno or a.lineno, a.end_col_offset or 0)) for a in annotations]
    return spans


def copy_tree(destination: Path) -> None:
    """The working tree as git sees it (tracked and untracked, ignored files left out) into ``destination``."""
    listed = (
        subprocess.run(["git", "ls-files", "-z", "-co", "--exclude-standard"], cwd=REPO, check=True, capture_output=True)
        .stdout.decode()
        .split("\0")
    )
    shutil.rmtree(destination, ignore_errors=True)
    for name in filter(None, listed):
        source = REPO / name
        if source.is_file():
            target = destination / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_command(tests: tuple[str, ...]) -> str:
    # PYTHONPATH puts the copy's own starter_shared ahead of the editable install (which points at REPO).
    return " ".join(
        ["env", "PYTHONPATH=policies:.", sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider", *tests]
    )


def write_config(path: Path, files: list[str], tests: tuple[str, ...], urls: list[str]) -> None:
    path.write_text(
        "\n".join(
            [
                "[cosmic-ray]",
                f"module-path = {json.dumps(files)}",
                f"timeout = {TIMEOUT_S}",
                "excluded-modules = []",
                f"test-command = {json.dumps(test_command(tests))}",
                "[cosmic-ray.distributor]",
                'name = "http"',
                "[cosmic-ray.distributor.http]",
                f"worker-urls = {json.dumps(urls)}",
                "",
            ]
        )
    )


def skip_noise(session: Path, files: list[str]) -> None:
    """Mark noise operators, mutants inside annotations and the rows of the data tables as skipped before
    anything runs."""
    from cosmic_ray.work_db import WorkDB, use_db
    from cosmic_ray.work_item import WorkerOutcome, WorkResult

    noise = re.compile("|".join(f"(?:{pattern})" for pattern in NOISE_OPERATORS))
    spans = {f: annotation_spans((REPO / f).read_text()) for f in files}
    tables = {f: data_table_spans(f, (REPO / f).read_text()) for f in files}
    with use_db(str(session), WorkDB.Mode.open) as db:
        for item in list(db.pending_work_items):
            for mutation in item.mutations:
                start = (mutation.start_pos[0], mutation.start_pos[1])
                inside = any(a <= start < b for a, b in spans.get(str(mutation.module_path), []))
                in_table = any(a <= start < b for a, b in tables.get(str(mutation.module_path), []))
                if noise.match(mutation.operator_name) or inside or in_table:
                    reason = "annotation" if inside else "data table" if in_table else "noise operator"
                    db.set_result(item.job_id, WorkResult(output=reason, worker_outcome=WorkerOutcome.SKIPPED))
                    break


def read_mutants(session: Path) -> list[Mutant]:
    lines_of: dict[str, list[str]] = {}
    rows = (
        sqlite3.connect(session)
        .execute(
            "select m.module_path, m.operator_name, m.start_pos_row, m.start_pos_col, r.worker_outcome, "
            "r.test_outcome, r.diff from mutation_specs m left join work_results r using (job_id)"
        )
        .fetchall()
    )
    mutants = []
    for path, operator, line, col, worker, test, diff in rows:
        lines = lines_of.setdefault(path, (REPO / path).read_text().splitlines())
        outcome = "skipped" if worker == "skipped" else (test or worker or "pending").lower()
        added = [d[1:].strip() for d in (diff or "").splitlines() if d.startswith("+") and not d.startswith("+++")]
        mutants.append(Mutant(path, operator, line, col, lines[line - 1].strip(), outcome, added[0] if added else ""))
    return sorted(mutants, key=lambda m: (m.path, m.line, m.col, m.operator))


def module_of(file: str) -> str:
    """The row that mutates ``file`` (a path relative to the repository); GateError when none does."""
    for name, module in MODULES.items():
        if file in module_files(module):
            return name
    raise GateError(f"{file}: no module row mutates it (see --list)")


def reopen_survivors(session: Path, files: list[str], copy: Path) -> None:
    """Make the survivors of an earlier session pending again, for a recheck after new tests. The mutated files
    must be as that session saw them (its mutants name their lines), so a changed source file is refused.
    A survivor listed as equivalent stays as it is: no test can kill it, and it runs every test it is given."""
    if not session.exists():
        raise GateError(f"--recheck: no earlier session at {session.relative_to(REPO)}; run without --recheck first")
    changed = [f for f in files if not (copy / f).is_file() or (copy / f).read_bytes() != (REPO / f).read_bytes()]
    if changed:
        raise GateError(f"--recheck: {changed[0]} changed since the earlier session; run without --recheck")
    listed = read_survivors()
    with sqlite3.connect(session) as db:
        rows = db.execute(
            "select r.job_id, m.module_path, m.operator_name, m.start_pos_row, m.start_pos_col, r.diff "
            "from work_results r join mutation_specs m using (job_id) where r.test_outcome = 'SURVIVED'"
        ).fetchall()
        lines_of: dict[str, list[str]] = {}
        for job_id, path, operator, line, col, diff in rows:
            lines = lines_of.setdefault(path, (REPO / path).read_text().splitlines())
            added = [d[1:].strip() for d in (diff or "").splitlines() if d.startswith("+") and not d.startswith("+++")]
            if (path, operator, col, lines[line - 1].strip(), added[0] if added else "") not in listed:
                db.execute("delete from work_results where job_id = ?", (job_id,))


def run_module(name: str, module: Module, workers: int, only: set[str] | None = None, recheck: bool = False) -> dict:
    files = [f for f in module_files(module) if only is None or f in only]
    tests = module.tests_for(None if only is None else files)
    if not files:
        return {"module": name, "files": [], "error": "no files (paths moved?)"}
    started = time.monotonic()
    # A run of some files keeps its own session, so --recheck of one file never picks up another's mutants.
    folder = WORK / (name if only is None else "--".join([name, *sorted(Path(f).stem for f in only)]))
    config, session = folder / "cosmic-ray.toml", folder / "session.sqlite"
    if recheck:
        reopen_survivors(session, files, folder / "w0")
    else:
        shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True, exist_ok=True)
    copies = [folder / f"w{i}" for i in range(workers)]
    for copy in copies:
        copy_tree(copy)
    baseline = subprocess.run(test_command(tests).split(), cwd=copies[0], capture_output=True, text=True)
    if baseline.returncode != 0:
        tail = (baseline.stdout + baseline.stderr).strip().splitlines()[-1:] or ["?"]
        raise GateError(f"{name}: the unmutated tests fail ({tail[0]}); fix them first")
    ports = [free_port() for _ in copies]
    write_config(config, files, tests, [f"http://127.0.0.1:{port}" for port in ports])
    # cosmic-ray with this project's two extra operators (string literals, dict entries) registered
    cosmic = [sys.executable, str(REPO / "bench" / "mutation_operators.py")]
    if not recheck:
        subprocess.run([*cosmic, "init", str(config), str(session)], cwd=REPO, check=True)
        skip_noise(session, files)
    servers = [
        subprocess.Popen(
            [*cosmic, "http-worker", "--port", str(port)], cwd=copy, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        for port, copy in zip(ports, copies, strict=True)
    ]
    try:
        for port in ports:  # wait until each worker listens
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=1).close()
                    break
                except OSError:
                    time.sleep(0.2)
        subprocess.run([*cosmic, "exec", str(config), str(session)], cwd=REPO, check=True)
    finally:
        for server in servers:
            server.terminate()
        for server in servers:
            server.wait(timeout=30)
    return summarise(name, files, tests, read_mutants(session), time.monotonic() - started)


def summarise(name: str, files: list[str], tests: tuple[str, ...], mutants: list[Mutant], seconds: float) -> dict:
    listed = read_survivors()
    counts = {"killed": 0, "survived": 0, "equivalent": 0, "incompetent": 0, "skipped": 0, "other": 0}
    unlisted = []
    for mutant in mutants:
        if mutant.outcome == "survived" and mutant.key in listed:
            counts["equivalent"] += 1
        elif mutant.outcome in counts:
            counts[mutant.outcome] += 1
            if mutant.outcome == "survived":
                unlisted.append(mutant)
        else:
            counts["other"] += 1
    judged = counts["killed"] + counts["survived"]
    return {
        "module": name,
        "files": files,
        "tests": list(tests),
        "mutants": len(mutants),
        **counts,
        "kill_rate": round(counts["killed"] / judged, 4) if judged else None,
        "seconds": round(seconds, 1),
        "survivors": [m.survivors_line() for m in unlisted],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--module", action="append", choices=sorted(MODULES), help="only this module (repeatable)")
    parser.add_argument(
        "--file",
        action="append",
        default=[],
        help="only this file, with its row's tests (repeatable; a module takes an hour on 2 cores)",
    )
    parser.add_argument(
        "--recheck",
        action="store_true",
        help="rerun only the survivors of the last run of the same module (after adding tests)",
    )
    parser.add_argument("--workers", type=int, default=2, help="parallel cosmic-ray workers (default 2)")
    parser.add_argument("--list", action="store_true", help="print the module table and exit")
    args = parser.parse_args(argv)
    if args.list:
        print(
            json.dumps(
                {
                    n: {
                        "files": module_files(m),
                        "tests": list(m.tests),
                        "file_tests": {f: list(t) for f, t in m.file_tests.items()},
                    }
                    for n, m in MODULES.items()
                },
                indent=2,
            )
        )
        return 0
    try:
        read_survivors()  # a malformed survivors file stops the run before any work
        workers = max(1, args.workers)
        if args.file:
            rows: dict[str, set[str]] = {}
            for file in args.file:
                relative = os.path.relpath(Path(file).resolve(), REPO)
                rows.setdefault(module_of(relative), set()).add(relative)
            reports = [run_module(name, MODULES[name], workers, only, args.recheck) for name, only in rows.items()]
        else:
            reports = [run_module(name, MODULES[name], workers, recheck=args.recheck) for name in (args.module or MODULES)]
    except GateError as exc:
        print(f"mutation: {exc}", file=sys.stderr)
        return 2
    killed = sum(r.get("killed", 0) for r in reports)
    judged = killed + sum(r.get("survived", 0) for r in reports)
    overall = round(killed / judged, 4) if judged else None
    report = {
        "tool": "cosmic-ray",
        "workers": args.workers,
        "overall_kill_rate": overall,
        "targets": {"overall": TARGET_OVERALL, "module": TARGET_MODULE},
        "modules": reports,
    }
    WORK.mkdir(exist_ok=True)
    (WORK / "report.json").write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps(report, indent=2))
    failed = False
    for r in reports:
        for line in r.get("survivors", []):
            print(f"unlisted survivor: {line}", file=sys.stderr)
            failed = True
        if r.get("kill_rate") is not None and r["kill_rate"] < TARGET_MODULE:
            print(f"mutation: {r['module']} kills {r['kill_rate']:.0%} < {TARGET_MODULE:.0%}", file=sys.stderr)
            failed = True
    if overall is not None and overall < TARGET_OVERALL:
        print(f"mutation: overall {overall:.0%} < {TARGET_OVERALL:.0%}", file=sys.stderr)
        failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    os.chdir(REPO)
    sys.exit(main())
