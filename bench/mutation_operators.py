"""Two mutation operators cosmic-ray lacks, for code that is mostly data (policy documents, fact tables):

- ``starter/ReplaceString``: a string literal gets ``XX`` after its opening quote (``"aws:SourceAccount"`` ->
  ``"XXaws:SourceAccount"``, ``"1.2"`` -> ``"XX1.2"``); docstrings are left alone.
- ``starter/RemoveDictEntry``: one ``key: value`` entry of a dict literal is deleted (a condition dropped
  from a policy statement, a setting dropped from a table row).

Run cosmic-ray through this module (``python bench/mutation_operators.py <cosmic-ray arguments>``): it adds
the operators to cosmic-ray's registry, then hands over to cosmic-ray's own command line. The core operators
stay available under ``core/``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

import parso.python.tree as tree
from cosmic_ray import plugins
from cosmic_ray.operators.operator import Example, Operator

Position = tuple[tuple[int, int], tuple[int, int]]


def _is_docstring(node: Any) -> bool:
    parent = node.parent
    return parent is not None and parent.type == "simple_stmt" and parent.children[0] is node


class ReplaceString(Operator):
    """A string literal that says something else: ``XX`` inserted after the opening quote."""

    def mutation_positions(self, node: Any) -> Iterator[Position]:
        if isinstance(node, tree.String) and not _is_docstring(node):
            yield (node.start_pos, node.end_pos)

    def mutate(self, node: Any, index: int) -> Any:
        value = node.value
        body = value.lstrip("rRbBuU")
        prefix = value[: len(value) - len(body)]
        quote = body[:3] if body[:3] in ('"""', "'''") else body[0]
        return tree.String(prefix + quote + "XX" + body[len(quote) :], node.start_pos, node.prefix)

    @classmethod
    def examples(cls) -> tuple[Example, ...]:
        return (Example('x = "a"', 'x = "XXa"'), Example("x = r'^a'", "x = r'XX^a'"))


def _dict_entries(node: Any) -> list[list[Any]] | None:
    """The children of a dict display grouped by entry (commas dropped), or None for sets and comprehensions."""
    if node.type != "dictorsetmaker" or not any(c.type == "operator" and c.value == ":" for c in node.children):
        return None
    if any(c.type in ("comp_for", "sync_comp_for") for c in node.children):
        return None
    entries: list[list[Any]] = [[]]
    for child in node.children:
        if child.type == "operator" and child.value == ",":
            entries.append([])
        else:
            entries[-1].append(child)
    return [entry for entry in entries if entry]


class RemoveDictEntry(Operator):
    """One ``key: value`` (or ``**mapping``) entry of a dict display removed."""

    def mutation_positions(self, node: Any) -> Iterator[Position]:
        for entry in _dict_entries(node) or []:
            yield (entry[0].start_pos, entry[-1].end_pos)

    def mutate(self, node: Any, index: int) -> Any:
        entries = _dict_entries(node) or []
        kept = [entry for number, entry in enumerate(entries) if number != index]
        children: list[Any] = []
        for number, entry in enumerate(kept):
            if number:
                children.append(tree.Operator(",", entry[0].start_pos))
            children.extend(entry)
        if not children:  # the only entry: an empty dict
            return tree.Name("", node.start_pos)
        node.children = children
        for child in children:
            child.parent = node
        return node

    @classmethod
    def examples(cls) -> tuple[Example, ...]:
        return (
            Example('x = {"a": 1, "b": 2}', 'x = {"b": 2}'),
            Example('x = {"a": 1, "b": 2}', 'x = {"a": 1, "b": 2}'.replace(', "b": 2', ""), occurrence=1),
        )


PROVIDER: dict[str, type[Operator]] = {"ReplaceString": ReplaceString, "RemoveDictEntry": RemoveDictEntry}


def register() -> None:
    """Make ``starter/<name>`` operators known to cosmic-ray in this process."""
    plugins.OPERATOR_PROVIDERS["starter"] = PROVIDER


if __name__ == "__main__":
    register()
    from cosmic_ray.cli import main

    sys.exit(main(sys.argv[1:]))
