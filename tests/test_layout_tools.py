"""The tools' layout, read from the source with ast: each product under tools/ is its own package, products
do not import each other except along the edges below, no product imports test or benchmark code, and
nothing in the repository loads code by file path (only the engine runs the user's program, by design)."""

from __future__ import annotations

import ast
import functools
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO

PRODUCTS = ("offline_preview", "audit", "local_stack", "tf_bridge", "rename", "scan")
SHARED = ("tools.cli",)  # shared by every product; products live in tools/<product>/
ALLOWED_EDGES = {
    ("local_stack", "offline_preview.stack_files"): "up-local reads the local stack file as the plan does",
    ("tf_bridge", "offline_preview.engine"): "the bridge translates the offline plan's recorded resources",
    ("tf_bridge", "offline_preview.stack_files"): "the bridge plans stacks from their stack files",
    ("tf_bridge", "audit.cli"): "up-moto runs the post-deploy audit against what it applied",
    ("tf_bridge", "local_stack.emulator"): "up-moto applies against moto",
    ("offline_preview", "tf_bridge.cli"): "--tf-validate hands the plan to the bridge (imported only when asked)",
    ("scan", "tf_bridge"): "make scan plans and translates each stack with the bridge and renders it as main.tf",
    ("scan", "offline_preview.reports"): "the scan's SARIF and source locations follow the plan's report conventions",
}
"""(importer, imported module under tools.) pairs between products that are allowed, and why."""
# The one sanctioned path-based load: the engine runs the user's Pulumi program as `pulumi` would.
PATH_LOADERS = {"spec_from_file_location", "SourceFileLoader", "run_path", "load_source", "SourcelessFileLoader"}
ALLOWED_PATH_LOADS = {("tools/offline_preview/engine.py", "run_path")}


@functools.cache
def python_files() -> list[Path]:
    """Every Python file of the repository (two tests read them all: listed once per run, skipped folders unread)."""
    # .mutation: make mutate's scratch copies; .venv-scan: make scan's checkov
    skip = {".venv", ".venv-scan", ".git", "node_modules", ".pulumi-state", ".mutation"}
    found = []
    for folder, subfolders, names in os.walk(REPO):
        subfolders[:] = [d for d in subfolders if d not in skip]
        found += [Path(folder, n) for n in names if n.endswith(".py")]
    found += [
        p
        for p in (REPO / "tests" / "fixtures").rglob("*")
        if p.is_file()
        and p.suffix == ""
        and p.read_text(errors="ignore").startswith("#!")
        and "python" in p.read_text(errors="ignore")[:80]
    ]
    return sorted(found)


def imports_of(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            # `from tools import audit` names a product through its alias; anything deeper names it in the module
            names += [f"tools.{a.name}" for a in node.names] if node.module == "tools" else [node.module]
    return names


def product_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[0] == "tools" and parts[1] in PRODUCTS else None


def cross_product_imports(files: list[Path], root: Path = REPO, used: set[tuple[str, str]] | None = None) -> list[str]:
    """Imports from one tools product into another that ALLOWED_EDGES does not name; imports of test or
    benchmark code from any product. ``used`` collects the ALLOWED_EDGES entries some import needs."""
    bad = []
    used = set() if used is None else used
    for path in files:
        rel = path.relative_to(root)
        if rel.parts[0] != "tools" or len(rel.parts) < 3:
            continue
        importer = rel.parts[1]
        for name in imports_of(path):
            if name.split(".")[0] in ("tests", "bench", "conftest", "aws_world"):
                bad.append(f"{rel} imports test/bench code {name}")
            target = product_of(name)
            if target is None or target == importer:
                continue
            edge = name.split(".", 1)[1]
            allowing = {(a, b) for a, b in ALLOWED_EDGES if importer == a and (edge == b or edge.startswith(b + "."))}
            used |= allowing
            if not allowing:
                bad.append(f"{rel} imports {name}")
    return bad


def path_loads(files: list[Path], root: Path = REPO) -> list[str]:
    """Calls that load code by file path (importlib's file loaders, runpy.run_path, exec of a file's text)."""
    found = []
    for path in files:
        rel, text = path.relative_to(root).as_posix(), path.read_text()
        if not any(name in text for name in (*PATH_LOADERS, "exec", "compile")):
            continue  # no call below can be named in a file that never spells the name (parsing them all is slow)
        for node in ast.walk(ast.parse(text, filename=rel)):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            if name in PATH_LOADERS and (rel, name) not in ALLOWED_PATH_LOADS:
                found.append(f"{rel}:{node.lineno} {name}")
            if name not in ("exec", "compile") or not node.args:
                continue
            if any(k in ast.dump(node.args[0]) for k in ("open", "read_text", "read_bytes")):  # dump only exec/compile
                found.append(f"{rel}:{node.lineno} {name} of a file's text")
    return found


def test_each_product_is_a_package_runnable_with_python_m():
    for product in PRODUCTS:
        assert (REPO / "tools" / product / "__init__.py").is_file(), product
        assert (REPO / "tools" / product / "__main__.py").is_file(), product
    flat = sorted(p.name for p in (REPO / "tools").glob("*.py") if p.name != "__init__.py")
    assert flat == [m.split(".")[1] + ".py" for m in SHARED]


def test_products_do_not_import_each_other_except_the_named_edges():
    used: set[tuple[str, str]] = set()
    assert cross_product_imports(python_files(), used=used) == []
    assert set(ALLOWED_EDGES) - used == set(), "named edges no import needs any more: drop them from ALLOWED_EDGES"


def test_nothing_loads_code_by_file_path():
    assert path_loads(python_files()) == []


@pytest.mark.parametrize(
    ("relative", "source", "expected"),
    [
        (
            "tools/audit/x.py",
            "from tools.offline_preview.engine import run_program\n",
            "tools/audit/x.py imports tools.offline_preview.engine",
        ),
        (
            "tools/offline_preview/x.py",
            "import tools.local_stack.emulator\n",
            "tools/offline_preview/x.py imports tools.local_stack.emulator",
        ),
        (
            "tools/audit/x.py",
            "from tests.support.resources import custom_resource\n",
            "tools/audit/x.py imports test/bench code tests.support.resources",
        ),
        (
            "tools/local_stack/x.py",
            "from tools.offline_preview.engine import run_program\n",
            "tools/local_stack/x.py imports tools.offline_preview.engine",
        ),
    ],
    ids=["audit-uses-engine", "engine-uses-emulator", "product-uses-test-fixture", "local-stack-beyond-its-edge"],
)
def test_the_import_check_catches_a_forbidden_edge(tmp_path, relative, source, expected):
    """The checks above, on a file written for the purpose: they can fail."""
    path = tmp_path / relative
    path.parent.mkdir(parents=True)
    path.write_text(source)
    assert cross_product_imports([path], root=tmp_path) == [expected]


@pytest.mark.parametrize(
    "source",
    [
        "import importlib.util\nimportlib.util.spec_from_file_location('m', 'x.py')\n",
        "import runpy\nrunpy.run_path('x.py')\n",
        "exec(open('x.py').read())\n",
        "from pathlib import Path\nexec(Path('x.py').read_text())\n",
    ],
    ids=["spec_from_file_location", "run_path", "exec-open", "exec-read_text"],
)
def test_the_path_load_check_catches_each_form(tmp_path, source):
    path = tmp_path / "tools" / "audit" / "x.py"
    path.parent.mkdir(parents=True)
    path.write_text(source)
    assert len(path_loads([path], root=tmp_path)) == 1


def test_the_suite_refuses_a_starter_shared_from_another_checkout(tmp_path):
    # A venv made in a copy installs that copy's starter_shared: the suite would test stale shared code.
    (tmp_path / "starter_shared").mkdir()
    (tmp_path / "starter_shared" / "__init__.py").touch()
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--collect-only", "tests/test_shared.py"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "PYTHONPATH": str(tmp_path)},
    )
    assert proc.returncode == 4, proc.stdout + proc.stderr
    assert f"starter_shared comes from {tmp_path / 'starter_shared' / '__init__.py'}, not {REPO / 'policies'}" in (
        proc.stdout + proc.stderr
    )
