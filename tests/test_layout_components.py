"""The components' import graph, read with ``ast``: components import building blocks, the policy documents
and ``starter_shared``, never another component or the config; building blocks import no component."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from conftest import REPO

PACKAGE = REPO / "components"
COMPONENTS = {"components.network", "components.security_roles", "components.storage", "components.web_tier"}
SHARED = {"components.policy_documents"}  # plain data both components and blocks may use


def module_name(path: Path) -> str:
    parts = path.relative_to(REPO).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}
BLOCKS = {m for m in MODULES if m.startswith("components.blocks.")}


def imports_of(module: str) -> set[str]:
    """Every ``components`` module ``module`` imports (``from components import x`` counts as components.x)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(MODULES[module].read_text())):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            base = node.module
            if node.level:  # relative: resolve against the importing package
                package = module.rsplit(".", node.level)[0]
                base = f"{package}.{base}"
            found.add(base)
            found |= {f"{base}.{alias.name}" for alias in node.names if f"{base}.{alias.name}" in MODULES}
    return {name for name in found if name == "components" or name.startswith("components.")}


def reads_pulumi_config(module: str) -> bool:
    tree = ast.parse(MODULES[module].read_text())
    return any(
        (
            isinstance(node, ast.Attribute)
            and node.attr == "Config"
            and isinstance(node.value, ast.Name)
            and node.value.id == "pulumi"
        )
        or (isinstance(node, ast.ImportFrom) and node.module == "pulumi" and any(a.name == "Config" for a in node.names))
        for node in ast.walk(tree)
    )


def test_the_component_modules_and_building_blocks_exist():
    assert set(MODULES) >= COMPONENTS
    assert {"components.blocks.secure_bucket", "components.blocks.security_group"} <= BLOCKS


@pytest.mark.parametrize("module", sorted(COMPONENTS))
def test_a_component_imports_only_building_blocks_and_policy_documents(module):
    allowed = BLOCKS | SHARED | {"components", "components.blocks"}
    assert imports_of(module) <= allowed, f"{module} imports {sorted(imports_of(module) - allowed)}"


@pytest.mark.parametrize("module", sorted(BLOCKS))
def test_a_building_block_imports_no_component_and_no_config(module):
    allowed = BLOCKS | SHARED | {"components", "components.blocks"}
    assert imports_of(module) <= allowed, f"{module} imports {sorted(imports_of(module) - allowed)}"


@pytest.mark.parametrize("module", sorted(COMPONENTS | BLOCKS))
def test_components_and_blocks_take_typed_args_not_pulumi_config(module):
    assert not reads_pulumi_config(module)


def test_the_components_import_graph_has_no_cycle():
    graph = {m: imports_of(m) & set(MODULES) - {m} for m in MODULES}
    done: set[str] = set()

    def visit(module: str, path: tuple[str, ...]) -> None:
        assert module not in path, " -> ".join((*path, module))
        if module not in done:
            for target in graph[module]:
                visit(target, (*path, module))
            done.add(module)

    for module in graph:
        visit(module, ())
