"""Make the project name the forker's: ``make rename NAME=my-service`` (``python -m tools.rename [NAME]``).

Pulumi reads a project's own config keys under ``<project name>:``, so renaming the project in ``Pulumi.yaml``
(by hand or with ``pulumi new --name``) leaves every ``aws-starter:`` key of the committed stack files in a
namespace nobody reads; the program refuses them (``components.config.namespace_problems``). This tool:

1. sets ``name:`` in ``Pulumi.yaml`` when NAME is given (else keeps the name already there: the
   ``pulumi new --name`` case);
2. finds the old project namespace: the one prefix in the stack files that is neither the project's nor a
   provider's (``starter_shared.facts.PROVIDER_NAMESPACES``), or the old ``name:``;
3. rewrites that prefix in every ``Pulumi.<stack>.yaml`` (a key the new namespace already has, such as the
   ``replicaRegion`` that ``pulumi new`` prompted for, keeps its new value and the old line goes), the
   ``Project`` tag where it still says the old name (stack files and the template's prompt default),
   ``policies/config/*.json`` and the README's examples.

It edits text line by line, so comments and layout survive; it prints each change and is idempotent (a second
run changes nothing). A NAME Pulumi would not accept is one line on stderr, exit 2.
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from starter_shared.facts import PROJECT_NAME_PATTERN, PROVIDER_NAMESPACES

from tools.cli import OneLineParser, UsageError

REPO_ROOT = Path(__file__).resolve().parents[2]
_NAME_LINE = re.compile(r"^name:[ \t]*(?P<quote>['\"]?)(?P<name>[^'\"\s#]+)(?P=quote)[ \t]*(?P<rest>#.*)?$", re.M)
_KEY_LINE = re.compile(r"^(?P<indent>[ \t]+)(?P<ns>[A-Za-z0-9_.-]+):(?P<key>[A-Za-z0-9_.-]+):(?=\s|$)")


class RenameError(Exception):
    """The rename cannot be done; the message is one line."""


@dataclass
class Change:
    """What the rename did to one file."""

    path: Path
    what: list[str] = field(default_factory=list)


def check_name(name: str) -> str:
    """``name`` if Pulumi accepts it as a project name and it is no provider's namespace."""
    if not PROJECT_NAME_PATTERN.match(name):
        raise RenameError(
            f"{name!r} is not a valid Pulumi project name (letters, digits, '-', '_' and '.', at most 100 characters)"
        )
    if name in PROVIDER_NAMESPACES:
        raise RenameError(f"{name!r} is a provider's config namespace; choose another project name")
    return name


def project_name(root: Path) -> str:
    path = root / "Pulumi.yaml"
    try:
        match = _NAME_LINE.search(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise RenameError(f"{path}: not found (run from a Pulumi program directory)") from None
    if match is None:
        raise RenameError(f"{path}: no top-level 'name:' line")
    return match["name"]


def stack_files(root: Path) -> list[Path]:
    return sorted(root.glob("Pulumi.*.yaml"))


def foreign_namespaces(text: str, project: str) -> set[str]:
    """Config-key prefixes in a stack file's text that are neither ``project`` nor a provider's."""
    found = set()
    for line in text.splitlines():
        match = _KEY_LINE.match(line)
        if match and match["ns"] != project and match["ns"] not in PROVIDER_NAMESPACES:
            found.add(match["ns"])
    return found


def _rewrite_stack_file(text: str, old: str, new: str) -> tuple[str, list[str]]:
    """Keys ``old:k`` become ``new:k`` (dropped, with their nested lines, when ``new:k`` exists already);
    a ``Project: old`` tag becomes ``Project: new``."""
    lines = text.splitlines(keepends=True)
    existing = {m["key"] for line in lines if (m := _KEY_LINE.match(line)) and m["ns"] == new}
    out: list[str] = []
    renamed, dropped, tags = 0, [], 0
    skip_deeper_than: int | None = None
    for line in lines:
        indent = len(line) - len(line.lstrip())
        if skip_deeper_than is not None:
            if line.strip() and (
                indent > skip_deeper_than or (line.lstrip().startswith("- ") and indent == skip_deeper_than)
            ):
                continue
            skip_deeper_than = None
        match = _KEY_LINE.match(line)
        if match and match["ns"] == old:
            if match["key"] in existing:
                dropped.append(match["key"])
                skip_deeper_than = indent
                continue
            line = f"{match['indent']}{new}:{match['key']}:" + line[match.end() :]
            renamed += 1
        elif re.match(rf"^\s+Project:\s*['\"]?{re.escape(old)}['\"]?\s*$", line):
            line = line.replace(old, new, 1)
            tags += 1
        else:  # aws:defaultTags as the JSON string `pulumi new` saves from the prompt
            line, count = _project_default(old).subn(rf"\g<1>{new}\g<2>", line)
            tags += count
        out.append(line)
    what = []
    if renamed:
        what.append(f"{renamed} key{'s' if renamed != 1 else ''} {old}: -> {new}:")
    if dropped:
        what.append(
            f"dropped {', '.join(f'{old}:{k}' for k in dropped)} ({new}: already sets "
            f"{'it' if len(dropped) == 1 else 'them'})"
        )
    if tags:
        what.append(f"Project tag {old} -> {new}")
    return "".join(out), what


def _prefix_pattern(old: str) -> re.Pattern[str]:
    """``old:`` used as a config-key prefix in prose or JSON (followed by a key, not by a space)."""
    return re.compile(rf"(?<![\w.-]){re.escape(old)}:(?=[A-Za-z])")


def rename(root: Path, name: str | None = None) -> list[Change]:
    """Rename the project in ``root`` to ``name`` (default: the name in Pulumi.yaml); return what changed."""
    current = project_name(root)
    new = check_name(name) if name is not None else current
    changes: list[Change] = []

    project_file = root / "Pulumi.yaml"
    text = project_file.read_text(encoding="utf-8")
    olds = {ns for path in stack_files(root) for ns in foreign_namespaces(path.read_text(encoding="utf-8"), new)}
    if current != new:
        olds.add(current)
    if len(olds) > 1:
        raise RenameError(
            f"stack files use several project namespaces ({', '.join(sorted(olds))}); "
            "rename the stray keys by hand, then run this again"
        )
    if not olds:
        return []
    old = olds.pop()

    change = Change(project_file)
    if current != new:
        match = _NAME_LINE.search(text)
        assert match is not None  # project_name found it
        text = text[: match.start("name")] + new + text[match.end("name") :]  # quotes and comment stay
        change.what.append(f"name: {current} -> {new}")
    defaulted = _project_default(old).sub(rf"\g<1>{new}\g<2>", text)
    if defaulted != text:
        change.what.append(f"template prompt default Project tag {old} -> {new}")
        text = defaulted
    if change.what:
        project_file.write_text(text, encoding="utf-8")
        changes.append(change)

    for path in stack_files(root):
        before = path.read_text(encoding="utf-8")
        after, what = _rewrite_stack_file(before, old, new)
        if after != before:
            path.write_text(after, encoding="utf-8")
            changes.append(Change(path, what))

    prefix = _prefix_pattern(old)
    for path in [*sorted((root / "policies" / "config").glob("*.json")), root / "README.md"]:
        if not path.is_file():
            continue
        before = path.read_text(encoding="utf-8")
        after, count = prefix.subn(f"{new}:", before)
        what = [f"{count} {old}: -> {new}:"] if count else []
        if path.name == "README.md":  # the pulumi new transcript shows the template's prompt default
            after, tags = _project_default(old).subn(rf"\g<1>{new}\g<2>", after)
            what += [f"Project tag {old} -> {new} in the pulumi new transcript"] if tags else []
        if after != before:
            path.write_text(after, encoding="utf-8")
            changes.append(Change(path, what))
    changes += _rename_bootstrap(root / "bootstrap", old, new)
    # docs show config keys of both projects (`<old>:key`, `<old>-bootstrap:key`)
    for path in sorted((root / "docs").glob("*.md")):
        before = path.read_text(encoding="utf-8")
        after, count = _prefix_pattern(f"{old}-bootstrap").subn(f"{new}-bootstrap:", before)
        after, more = _prefix_pattern(old).subn(f"{new}:", after)
        if after != before:
            path.write_text(after, encoding="utf-8")
            changes.append(Change(path, [f"{count + more} config-key prefixes {old} -> {new}"]))
    return changes


def _rename_bootstrap(folder: Path, old: str, new: str) -> list[Change]:
    """The bootstrap project is named ``<project>-bootstrap``: rename it and its stack files' keys and tags."""
    project_file = folder / "Pulumi.yaml"
    if not project_file.is_file():
        return []
    old_b, new_b = f"{old}-bootstrap", f"{new}-bootstrap"
    changes: list[Change] = []
    text = project_file.read_text(encoding="utf-8")
    match = _NAME_LINE.search(text)
    if match is not None and match["name"] == old_b:
        project_file.write_text(text[: match.start("name")] + new_b + text[match.end("name") :], encoding="utf-8")
        changes.append(Change(project_file, [f"name: {old_b} -> {new_b}"]))
    for path in stack_files(folder):
        before = path.read_text(encoding="utf-8")
        after, what = _rewrite_stack_file(before, old_b, new_b)
        after, tags = _rewrite_stack_file(after, old, new)
        if after != before:
            path.write_text(after, encoding="utf-8")
            changes.append(Change(path, what + tags))
    return changes


def _project_default(old: str) -> re.Pattern[str]:
    """The ``"Project":"<old>"`` tag inside the template's JSON prompt default."""
    return re.compile(rf'("Project"\s*:\s*"){re.escape(old)}(")')


def main(argv: list[str] | None = None) -> int:
    parser = OneLineParser("python -m tools.rename", __doc__)
    parser.add_argument("name", nargs="?", help="the new project name (default: the name already in Pulumi.yaml)")
    parser.add_argument("--root", type=Path, default=REPO_ROOT, help="the program directory (default: this repo)")
    try:
        args = parser.parse_args(argv)
        name = args.name or None
        changes = rename(args.root, name)
    except (UsageError, RenameError) as exc:
        print(f"rename: error: {exc}", file=sys.stderr)
        return 2
    if not changes:
        print(f"rename: nothing to change; every stack file uses the project's namespace ({project_name(args.root)}:)")
        return 0
    for change in changes:
        print(f"{change.path.relative_to(args.root)}: {'; '.join(change.what)}")
    return 0
