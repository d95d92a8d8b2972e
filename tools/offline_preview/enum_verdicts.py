"""Ask the real AWS provider (``terraform validate`` with the offline mirror) which values it accepts for every
enum-valued property the schema check knows, and derive ``enum_rules.py`` from its answers:

- ``CASE_INSENSITIVE``: properties whose listed values the provider accepts in any case (``lb_protocol = "https"``);
  the schema check compares those without regard to case;
- ``NOT_ENFORCED``: properties where the provider accepts a value the docstring's list does not name, in any case,
  or where the list reads more than the provider checks: the provider wins, the list is not enforced.

Candidates for each property: every backticked word of its docstring the list does not name, and each listed value
in the other case. Each candidate is one resource block (its other required arguments filled with
placeholders) in one configuration for all of them; a diagnostic is matched to its candidate by the line it points
at.

Pulumi tokens and property names are matched to Terraform's by the overlap of argument names (the type whose
arguments cover most of the Pulumi inputs; nested blocks by snake_case name, singular for Pulumi's plural list
names); a property that does not match is left out and keeps its docstring rule.

Needs ``terraform`` and the provider mirror (``/opt/tf-plugins``, or ``STARTER_TF_PLUGIN_DIR``). Run after upgrading
pulumi-aws (or the mirror): ``.venv/bin/python -m tools.offline_preview.enum_verdicts --write``. The ``provider``
test regenerates the table and fails when the checked-in copy drifts.
"""

from __future__ import annotations

import importlib
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tools.offline_preview import pulumi_aws_schema
from tools.offline_preview.pulumi_aws_schema import Schema, Spec

REPO = Path(__file__).resolve().parents[2]
TABLE = REPO / "tools" / "offline_preview" / "enum_rules.py"
MIRROR = Path(os.environ.get("STARTER_TF_PLUGIN_DIR", "/opt/tf-plugins"))
PROVIDER_VERSION = "5.100.0"
HEADER = f"""terraform {{
  required_providers {{
    aws = {{ source = "hashicorp/aws", version = "{PROVIDER_VERSION}" }}
  }}
}}
"""


class Unavailable(Exception):
    """terraform or the provider mirror is missing."""


def snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


# --- terraform ---------------------------------------------------------------------------------------------


def terraform(workdir: Path, *args: str, timeout: int = 3600) -> subprocess.CompletedProcess[str]:
    binary = shutil.which("terraform")
    if binary is None or not (MIRROR / "registry.terraform.io").is_dir():
        raise Unavailable(f"terraform on PATH and the provider mirror at {MIRROR} are needed")
    env = {**os.environ, "TF_IN_AUTOMATION": "1", "CHECKPOINT_DISABLE": "1"}
    return subprocess.run([binary, *args], cwd=workdir, capture_output=True, text=True, timeout=timeout, env=env)


def initialised(workdir: Path) -> Path:
    (workdir / "main.tf").write_text(HEADER)
    done = terraform(workdir, "init", "-input=false", f"-plugin-dir={MIRROR}")
    if done.returncode != 0:
        raise Unavailable(f"terraform init failed: {done.stderr.strip().splitlines()[-1:]}")
    return workdir


def provider_schema(workdir: Path) -> dict[str, Any]:
    done = terraform(workdir, "providers", "schema", "-json")
    schemas: dict[str, Any] = json.loads(done.stdout)["provider_schemas"]
    resources: dict[str, Any] = next(iter(schemas.values()))["resource_schemas"]
    return resources


# --- Pulumi side: every enum property with its docstring ------------------------------------------------------


@dataclass(eq=False)  # hashed by identity: one per property
class EnumProperty:
    owner: str
    """A resource token or a nested input type's qualified name (the schema table's keys)."""
    prop: str
    values: list[str]
    words: list[str] = field(default_factory=list)
    """The backticked words of the docstring."""


def _doc_words(owner: str, prop: str) -> list[str]:
    if owner.startswith("aws:"):
        module, name = pulumi_aws_schema.resource_classes()[owner]
        cls = pulumi_aws_schema.args_class(getattr(importlib.import_module(module), name))
    else:
        module, _, name = owner.rpartition(".")
        cls = getattr(importlib.import_module(module), name)
    doc = pulumi_aws_schema._hints(cls).get(prop, (None, ""))[1]
    return list(dict.fromkeys(re.findall(r"`([^`\n]{1,60})`", doc)))


def _enum_specs(spec: Spec) -> Iterator[Spec]:
    if spec.get("type") == "string" and "enum" in spec:
        yield spec
    if "items" in spec:
        yield from _enum_specs(spec["items"])
    for alt in spec.get("of", []):
        yield from _enum_specs(alt)


def enum_properties(schema: Schema) -> list[EnumProperty]:
    found: list[EnumProperty] = []
    for owner, shape in sorted({**schema.resources, **schema.types}.items()):
        for prop, spec in sorted(shape["properties"].items()):
            for enum_spec in _enum_specs(spec):
                found.append(EnumProperty(owner, prop, list(enum_spec["enum"])))
                break
    return found


# --- mapping Pulumi to Terraform ---------------------------------------------------------------------------


def _names(block: dict[str, Any]) -> set[str]:
    return set(block.get("attributes", {})) | set(block.get("block_types", {}))


def tf_types(schema: Schema, tf: dict[str, Any]) -> dict[str, str]:
    """Pulumi token -> Terraform type, by the overlap of their argument names (at least two shared, and most of
    the Pulumi inputs covered); tokens without a convincing match are left out."""
    by_word: dict[str, list[str]] = {}
    for tf_type in tf:
        for word in tf_type.removeprefix("aws_").split("_"):
            by_word.setdefault(word, []).append(tf_type)
    mapped: dict[str, str] = {}
    for token, shape in schema.resources.items():
        wanted = {snake(p) for p in shape["properties"]} - {"region", "tags"}
        words = set(snake(token.split(":")[-1]).split("_")) | set(snake(token.split(":")[1].split("/")[0]).split("_"))
        candidates = {t for w in words for t in by_word.get(w, [])}
        best, score = None, 0.0
        for tf_type in candidates:
            names = _names(tf[tf_type]["block"])
            shared = len(wanted & names)
            ratio = shared / max(len(wanted | (names - {"id", "arn", "tags_all", "region", "tags"})), 1)
            if shared >= 1 and ratio > score:
                best, score = tf_type, ratio
        if best is not None and score >= 0.5:
            mapped[token] = best
    return mapped


def reach(schema: Schema, mapped: dict[str, str], tf: dict[str, Any]) -> dict[str, tuple[str, list[str], dict[str, Any]]]:
    """Each owner (resource token or nested type) -> (terraform type, block path from the resource, that block's
    schema), by walking every mapped resource's nested object properties into matching Terraform blocks."""
    found: dict[str, tuple[str, list[str], dict[str, Any]]] = {}
    queue: list[tuple[str, str, list[str], dict[str, Any], int]] = [
        (token, tf_type, [], tf[tf_type]["block"], 0) for token, tf_type in sorted(mapped.items())
    ]
    while queue:
        owner, tf_type, path, block, depth = queue.pop(0)
        if owner in found:
            continue
        found[owner] = (tf_type, path, block)
        shape = schema.resources.get(owner) or schema.types.get(owner)
        if shape is None or depth >= 4:
            continue
        for prop, spec in shape["properties"].items():
            ref = spec.get("ref") or spec.get("items", {}).get("ref")
            if not ref or ref in found:
                continue
            for name in (snake(prop), snake(prop).removesuffix("s")):
                nested = block.get("block_types", {}).get(name)
                if nested is not None:
                    queue.append((ref, tf_type, [*path, name], nested["block"], depth + 1))
                    break
    return found


# --- configurations ------------------------------------------------------------------------------------------


def _placeholder(kind: Any) -> str:
    if kind == "string":
        return '"placeholder"'
    if kind == "number":
        return "1"
    if kind == "bool":
        return "false"
    if isinstance(kind, list) and kind[0] in ("list", "set"):
        return f"[{_placeholder(kind[1])}]"
    if isinstance(kind, list) and kind[0] == "map":
        return "{}"
    if isinstance(kind, list) and kind[0] == "object":
        return "{" + ", ".join(f"{k} = {_placeholder(v)}" for k, v in kind[1].items()) + "}"
    return "null"


def _required(block: dict[str, Any], skip: str, indent: str) -> list[str]:
    lines = [
        f"{indent}{name} = {_placeholder(attr.get('type'))}"
        for name, attr in sorted(block.get("attributes", {}).items())
        if attr.get("required") and name != skip
    ]
    for name, nested in sorted(block.get("block_types", {}).items()):
        if nested.get("min_items", 0) >= 1 and name != skip:
            lines += [f"{indent}{name} {{", *_required(nested["block"], "", indent + "  "), f"{indent}}}"]
    return lines


def resource_block(
    tf_type: str, label: str, tf: dict[str, Any], path: list[str], attr: str, value: str
) -> tuple[list[str], int]:
    """The lines of one resource block that sets ``path...attr = value`` and its other required arguments, and the
    offset of the candidate's line within them."""
    lines = [f'resource "{tf_type}" "{label}" {{']
    block = tf[tf_type]["block"]
    indent = "  "
    for name in path:
        lines += _required(block, name, indent)
        lines.append(f"{indent}{name} {{")
        block = block["block_types"][name]["block"]
        indent += "  "
    lines += _required(block, attr, indent)
    at = len(lines)
    lines.append(f"{indent}{attr} = {json.dumps(value)}")
    for _ in path:
        indent = indent[:-2]
        lines.append(f"{indent}}}")
    lines.append("}")
    return lines, at


def candidates(prop: EnumProperty) -> list[str]:
    """What the provider is asked about one property: each listed value in the other case (lower case, or upper
    case for a value already lower case: the provider's case rule), and the docstring's other backticked words
    (whether it accepts what the list does not name). The listed values as written are not asked: the provider
    accepting them is the documented case, and each block costs validation time."""
    listed = set(prop.values)
    flipped = [v.lower() if v != v.lower() else v.upper() for v in prop.values]
    others = [w for w in prop.words if w not in listed and re.fullmatch(r"[\w.:/*+-]+", w)]
    return [v for v in dict.fromkeys(flipped + others) if v not in listed]


@dataclass
class Verdicts:
    case_insensitive: list[str]
    not_enforced: list[str]
    compared: int
    """How many properties the provider was asked about."""
    disagreements: list[str]
    """Candidates the schema check (with the generated rules) lets pass and the provider refuses: it never refuses
    what the provider accepts, by construction, but may be more lenient (a value list the provider does not check
    in full, a value the older provider mirror does not know yet)."""
    answers: dict[tuple[str, str], tuple[list[str], list[str]]] = field(default_factory=dict)
    """(owner, property) -> (the docstring's values, the candidates the provider accepted)."""


def judge(schema: Schema, workdir: Path) -> Verdicts:
    tf = provider_schema(workdir)
    mapped = tf_types(schema, tf)
    places = reach(schema, mapped, tf)
    lines = [HEADER]
    at_line: dict[int, tuple[EnumProperty, str]] = {}
    asked: list[EnumProperty] = []
    for prop in enum_properties(schema):
        place = places.get(prop.owner)
        if place is None:
            continue
        tf_type, path, block = place
        attr = snake(prop.prop)
        if block.get("attributes", {}).get(attr, {}).get("type") != "string":
            continue
        prop.words = _doc_words(prop.owner, prop.prop)
        asked.append(prop)
        for value in candidates(prop):
            body, offset = resource_block(tf_type, f"c{len(at_line)}", tf, path, attr, value)
            start = sum(chunk.count("\n") + 1 for chunk in lines) + 1
            at_line[start + offset] = (prop, value)
            lines.append("\n".join(body))
    (workdir / "main.tf").write_text("\n".join(lines) + "\n")
    done = terraform(workdir, "validate", "-json")
    (workdir / "validate.json").write_text(done.stdout)
    diagnostics = json.loads(done.stdout).get("diagnostics", [])
    rejected = {
        at_line[d["range"]["start"]["line"]]
        for d in diagnostics
        if d.get("severity") == "error" and d.get("range", {}).get("start", {}).get("line") in at_line
    }
    case_insensitive: list[str] = []
    not_enforced: list[str] = []
    disagreements: list[str] = []
    answers: dict[tuple[str, str], tuple[list[str], list[str]]] = {}
    for prop in asked:
        key = f"{prop.owner}.{prop.prop}"
        tried = candidates(prop)
        accepted = {v for v in tried if (prop, v) not in rejected}
        answers[(prop.owner, prop.prop)] = (prop.values, sorted(accepted))
        listed = set(prop.values)
        folded = {v.casefold() for v in listed}
        variants = {v for v in tried if v.casefold() in folded}
        if any(v.casefold() not in folded for v in accepted):
            not_enforced.append(key)  # the provider accepts a value the list does not name: it wins
        elif accepted & variants - listed:
            # Listed values in another case pass: all of them (the provider ignores case) or, when only some do,
            # a rule the docstring does not tell; either way the list alone would refuse what the provider takes.
            (case_insensitive if variants <= accepted else not_enforced).append(key)
        ours = set(tried) if key in not_enforced else variants if key in case_insensitive else listed & set(tried)
        disagreements += [f"{key}: {v!r} passes here, the provider refuses it" for v in sorted(ours - accepted)]
    return Verdicts(sorted(case_insensitive), sorted(not_enforced), len(asked), disagreements, answers)


def render(version: str, verdicts: Verdicts) -> str:
    def rows(keys: list[str]) -> str:
        return "\n".join(f"    {k!r}," for k in keys)

    return (
        '"""How the AWS provider checks the enum values the pulumi-aws docstrings list: GENERATED from pulumi-aws '
        f"{version} and\nhashicorp/aws {PROVIDER_VERSION} by `python -m tools.offline_preview.enum_verdicts --write`; "
        "do not edit by hand (a\n`provider` test regenerates it and fails on drift). Keys: `<resource token or input "
        'type>.<property>`."""\n\n'
        f"PULUMI_AWS_VERSION = {version!r}\n"
        f"COMPARED = {verdicts.compared}\n"
        f"CASE_INSENSITIVE: frozenset[str] = frozenset({{\n{rows(verdicts.case_insensitive)}\n}})\n"
        f"NOT_ENFORCED: frozenset[str] = frozenset({{\n{rows(verdicts.not_enforced)}\n}})\n"
    )


def full_schema() -> Schema:
    """Every resource type's inputs, with the docstring rules alone (the table being generated not applied)."""
    schema = Schema(pulumi_aws_schema.installed_version())
    with pulumi_aws_schema.raw_enums():
        pulumi_aws_schema.build(pulumi_aws_schema.resource_classes(), schema)
    return schema


def generate(workdir: Path | None = None) -> tuple[str, Verdicts]:
    schema = full_schema()
    with tempfile.TemporaryDirectory() as scratch:
        verdicts = judge(schema, initialised(workdir or Path(scratch)))
    return render(schema.version, verdicts), verdicts


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if args not in ([], ["--write"]):
        print("usage: python -m tools.offline_preview.enum_verdicts [--write]", file=sys.stderr)
        return 2
    try:
        text, verdicts = generate()
    except Unavailable as exc:
        print(f"enum_verdicts: {exc}", file=sys.stderr)
        return 2
    if args == ["--write"]:
        TABLE.write_text(text, encoding="utf-8")
    print(
        json.dumps(
            {
                "compared": verdicts.compared,
                "caseInsensitive": len(verdicts.case_insensitive),
                "notEnforced": len(verdicts.not_enforced),
                "disagreements": len(verdicts.disagreements),
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
