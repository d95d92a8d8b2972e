"""The input schema of the installed ``pulumi_aws``: for each resource type, its properties under their wire
(camelCase) names, their types, which are required and the values the provider documents for them.

Pulumi's mock runtime accepts any property; a real ``pulumi preview`` does not. This module derives what the
provider would accept from the SDK itself, with no network:

- the resource token -> class table that ``pulumi_aws/__init__.py`` registers (``_utilities.register``);
- each resource's ``*Args`` (or ``*InitArgs``) input class and the nested ``*Args`` classes under it: wire names
  from ``pulumi.getter(name=...)``, types from the getters' type hints, required properties from the
  ``__init__`` parameters without a default;
- value lists and integer ranges from the getters' docstrings ("Valid values are `optional`, `required`",
  "Can be an integer from `1` to `64`"), only when the sentence lists nothing but literal values.

Types are built on demand (only the resource types a plan uses; a few milliseconds each once the SDK module
is imported) and cached on disk, keyed by the pulumi-aws version and this module's source, under
``$XDG_CACHE_HOME/aws-starter`` (``~/.cache``); ``STARTER_SCHEMA_CACHE`` overrides the directory.
``python -m tools.offline_preview.pulumi_aws_schema --all``
builds every resource type and prints how long it took.

A property spec is plain JSON: ``{"type": "string"|"integer"|"number"|"boolean"|"list"|"map"|"object"|
"union"|"any", "items": spec, "ref": "<input class>", "of": [spec, ...], "enum": [...], "ignoreCase": true, "min": n,
"max": n}``; ``ignoreCase`` and dropped value lists follow the provider's own checks (``enum_rules.py``).
"""

from __future__ import annotations

import collections.abc
import contextlib
import enum
import hashlib
import importlib
import importlib.util
import inspect
import json
import os
import re
import sys
import tempfile
import time
import typing
from dataclasses import dataclass, field
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

import pulumi
from pulumi import _types as pulumi_types

from tools.offline_preview import enum_rules

Spec = dict[str, Any]
PACKAGE = "pulumi_aws"
ANY: Spec = {"type": "any"}


class SchemaError(Exception):
    """The schema cannot be derived (pulumi_aws missing or not laid out as expected); one line."""


@dataclass
class Schema:
    """Resource types by token and the nested input types they refer to, for one pulumi-aws version."""

    version: str
    resources: dict[str, Spec] = field(default_factory=dict)
    """token -> {"properties": {wire name: spec}, "required": [wire names], "pythonNames": {py: wire}}"""
    types: dict[str, Spec] = field(default_factory=dict)
    """input class ("pulumi_aws.ec2.LaunchTemplateMetadataOptionsArgs") -> the same shape as a resource."""

    def to_json(self) -> dict[str, Any]:
        return {"version": self.version, "rules": rules_digest(), "resources": self.resources, "types": self.types}


def installed_version() -> str:
    """The version of the installed pulumi-aws distribution (the cache key)."""
    try:
        return metadata.version("pulumi_aws")
    except metadata.PackageNotFoundError:
        raise SchemaError("pulumi_aws is not installed: cannot check resource inputs") from None


def cache_dir() -> Path:
    override = os.environ.get("STARTER_SCHEMA_CACHE")
    if override:
        return Path(override)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "aws-starter"


def cache_path(version: str) -> Path:
    # Keyed by this module's source too: a change to how specs are read (a docstring pattern) rebuilds them.
    extractor = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:8]
    return cache_dir() / f"pulumi-aws-{version}-inputs-{extractor}.json"


def rules_digest() -> str:
    """The provider's enum rules are baked into the specs: a cache written under other rules is rebuilt."""
    rules = repr((enum_rules.COMPARED, sorted(enum_rules.CASE_INSENSITIVE), sorted(enum_rules.NOT_ENFORCED)))
    return hashlib.sha256(rules.encode()).hexdigest()[:16]


@cache
def resource_classes() -> dict[str, tuple[str, str]]:
    """token -> (module, class name), as ``pulumi_aws`` registers its resource modules."""
    package = importlib.util.find_spec(PACKAGE)
    if package is None or package.origin is None:
        raise SchemaError("pulumi_aws is not installed: cannot check resource inputs")
    source = Path(package.origin).read_text()
    found = re.search(r'resource_modules="""(.*?)"""', source, re.S)
    if found is None:
        raise SchemaError(f"{package.origin}: no resource module table; unsupported pulumi_aws layout")
    table: dict[str, tuple[str, str]] = {}
    for module in json.loads(found.group(1)):
        for token, class_name in module["classes"].items():
            table[token] = (module["fqn"], class_name)
    return table


# --- type hints -> specs ---------------------------------------------------------------------------------


def _is_plumbing(member: Any) -> bool:
    """Input[T] is Union[T, Awaitable[T], Output[T]]: the awaitable and output arms say nothing about T."""
    origin = typing.get_origin(member)
    return (
        member is type(None)
        or origin in (collections.abc.Awaitable, typing.Awaitable)
        or origin is pulumi.Output
        or member is pulumi.Output
    )


def _is_dict_form(member: Any) -> bool:
    """The ``*ArgsDict`` TypedDict (or a plain dict) offered next to an ``*Args`` class."""
    return typing.is_typeddict(member) or member is dict or typing.get_origin(member) in (dict, collections.abc.Mapping)


def spec_of(hint: Any, found: dict[str, type]) -> Spec:
    """The spec of one type hint; nested input classes are added to ``found`` (by qualified name)."""
    origin = typing.get_origin(hint)
    if origin is typing.Union:
        members = [m for m in typing.get_args(hint) if not _is_plumbing(m)]
        if any(pulumi_types.is_input_type(m) for m in members if isinstance(m, type)):
            members = [m for m in members if not _is_dict_form(m)]
        specs: list[Spec] = []
        for member in members:
            spec = spec_of(member, found)
            if spec not in specs:
                specs.append(spec)
        strings = [s for s in specs if s["type"] == "string"]
        if strings and len(strings) == len(specs):
            return {"type": "string"}  # Union[str, SomeEnum]: the enum lists common values, not all of them
        if len(specs) == 1:
            return specs[0]
        return {"type": "union", "of": specs} if specs and ANY not in specs else ANY
    if hint is str:
        return {"type": "string"}
    if hint is bool:
        return {"type": "boolean"}
    if hint is int:
        return {"type": "integer"}
    if hint is float:
        return {"type": "number"}
    if origin in (list, collections.abc.Sequence, typing.Sequence):
        args = typing.get_args(hint)
        return {"type": "list", "items": spec_of(args[0], found) if args else ANY}
    if origin in (dict, collections.abc.Mapping, typing.Mapping):
        args = typing.get_args(hint)
        return {"type": "map", "items": spec_of(args[1], found) if len(args) == 2 else ANY}
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        values = [m.value for m in hint]
        kinds = {type(v) for v in values}
        return {"type": "string", "enum": values} if kinds == {str} else ANY
    if isinstance(hint, type) and pulumi_types.is_input_type(hint):
        name = (
            f"{hint.__module__.rsplit('.', 1)[0] if hint.__module__.endswith('_inputs') else hint.__module__}"
            f".{hint.__qualname__}"
        )
        found[name] = hint
        return {"type": "object", "ref": name}
    return ANY


# --- docstrings -> value lists and ranges ----------------------------------------------------------------

_LEAD = (
    r"(?:Valid values (?:are|include|is)|Valid options (?:are|include)|Possible values (?:are|include)|"
    r"Can be(?: one of)?|Must be one of|Allowed values (?:are|include))"
)
# A value, perhaps annotated: `defensive` (default), `ON` (requires one of `a` or `b`); annotations may hold
# backticks and one level of parentheses, and their words are not values.
_NOTE = r"\s*\((?:[^()\n]|\([^()\n]*\))*\)"
_ITEM = rf"`[^`\n]+`(?:{_NOTE})?"
_LIST = re.compile(rf"{_LEAD}\s*:?\s*(?:either\s+)?(?P<items>{_ITEM}(?:\s*(?:,|,?\s*\b(?:and|or)\b)\s*{_ITEM})+)")
# "Protocols `email`, `email-json`, `http` and `https` are also valid but partially supported" (sns
# TopicSubscription.protocol): values the closed list leaves out but the provider accepts.
_ALSO_VALID = re.compile(rf"(?P<items>{_ITEM}(?:\s*(?:,|,?\s*\b(?:and|or)\b)\s*{_ITEM})*)\s+(?:is|are) also valid")
# After the last value: more values, or something that may be one (an annotation the pattern could not read):
# such a list is not read with confidence and not enforced.
_OPEN_ENDED = re.compile(r"\s*,?\s*(?:\b(?:or|and|etc)\b|\.\.\.|`)|\s*\(")
_RANGE = re.compile(
    r"(?:Valid values are|Valid range is|Can be|Must be|must be|Valid values)\s+(?:an?\s+)?"
    r"(?:integer|value|number|whole number)?\s*(?:from|between)\s+`?(-?\d[\d,]*)`?\s+(?:to|and)\s+`?(-?\d[\d,]*)`?"
    r"(?!\d|\.\d)"  # the whole number: "5,000" is five thousand, and "1.5" is no integer range
)


def documented_values(doc: str) -> list[str] | None:
    """The closed list of literal values a property's docstring names, or None when it names none (or the
    list is open-ended: "`a`, `b` or a 12-digit account ID")."""
    for found in _LIST.finditer(doc or ""):
        if _OPEN_ENDED.match(doc, found.end()):
            continue
        heads = re.sub(rf"(`){_NOTE}", r"\1", found.group("items"))  # annotations, not `COUNT(n)`
        values = [v.strip('"') for v in re.findall(r"`([^`\n]+)`", heads)]
        # Literal values only: not placeholders such as `2XX` or `#{protocol}`.
        literal = all(re.fullmatch(r"[\w.:/*+-]+", v) and not re.search(r"\dXX", v) for v in values)
        if len(values) >= 2 and literal:
            also = _ALSO_VALID.search(doc, found.end())
            return values + ([v.strip('"') for v in re.findall(r"`([^`\n]+)`", also.group("items"))] if also else [])
    return None


def documented_range(doc: str) -> tuple[int, int] | None:
    """The integer range ``(low, high)`` a property's docstring states, or None."""
    found = _RANGE.search(doc or "")
    if found is None:
        return None
    low, high = (int(found.group(n).rstrip(",").replace(",", "")) for n in (1, 2))
    return (low, high) if low < high else None


# --- classes -> specs ------------------------------------------------------------------------------------


def _hints(cls: type) -> dict[str, tuple[Any, str]]:
    """wire name -> (getter return hint, getter docstring); unresolvable hints become ``Any``."""
    module = sys.modules.get(cls.__module__)
    globalns = dict(vars(module)) if module else {}
    localns = {"Output": pulumi.Output, "T": type(None)}
    hints: dict[str, tuple[Any, str]] = {}
    for _python_name, wire, prop in pulumi_types._py_properties(cls):
        try:
            hint = typing.get_type_hints(prop.fget, globalns=globalns, localns=localns).get("return", Any)
        except Exception:  # a forward reference the SDK cannot resolve either: accept anything there
            hint = Any
        hints[wire] = (hint, inspect.getdoc(prop.fget) or "")
    return hints


_RAW_ENUMS = False
"""True while ``enum_verdicts`` derives the rules: docstring value lists as read, no provider rules applied."""


@contextlib.contextmanager
def raw_enums() -> typing.Iterator[None]:
    global _RAW_ENUMS
    _RAW_ENUMS = True
    try:
        yield
    finally:
        _RAW_ENUMS = False


def _provider_rule(owner: str, wire: str, spec: Spec) -> Spec:
    """A documented value list as the provider checks it (``enum_rules.py``, generated by ``enum_verdicts``):
    compared without regard to case, or not enforced at all where the provider accepts more than it names."""
    if _RAW_ENUMS or "enum" not in spec:
        return spec
    key = f"{owner}.{wire}"
    if key in enum_rules.NOT_ENFORCED:
        return {k: v for k, v in spec.items() if k != "enum"}
    # Until terraform's verdicts are generated (COMPARED == 0) no list has evidence of a case-sensitive check, and the
    # provider wins: case alone never refuses a value (a value outside the list in every case still does).
    if key in enum_rules.CASE_INSENSITIVE or not enum_rules.COMPARED:
        return {**spec, "ignoreCase": True}
    return spec


def object_spec(cls: type[Any], found: dict[str, type], owner: str = "") -> Spec:
    """Properties, required wire names and Python names of one ``@pulumi.input_type`` class (``owner``: the
    resource token or input type name the provider's enum rules are keyed by)."""
    py_to_wire = pulumi_types.input_type_py_to_pulumi_names(cls)
    properties: dict[str, Spec] = {}
    for wire, (hint, doc) in _hints(cls).items():
        spec = spec_of(hint, found)
        if spec["type"] == "string" and "enum" not in spec and (values := documented_values(doc)):
            spec = _provider_rule(owner, wire, {**spec, "enum": values})
        if spec["type"] in ("integer", "number") and (bounds := documented_range(doc)):
            spec = {**spec, "min": bounds[0], "max": bounds[1]}
        properties[wire] = spec
    parameters = inspect.signature(cls.__init__).parameters.values()
    required = [py_to_wire[p.name] for p in parameters if p.default is inspect.Parameter.empty and p.name in py_to_wire]
    return {"properties": properties, "required": required, "pythonNames": py_to_wire}


def args_class(resource_cls: type[Any]) -> type:
    """The input class a resource's ``__init__`` reads its arguments from (``FooArgs`` or ``FooInitArgs``)."""
    module = sys.modules[resource_cls.__module__]
    for name in resource_cls.__init__.__code__.co_names:
        candidate = getattr(module, name, None)
        if isinstance(candidate, type) and pulumi_types.is_input_type(candidate):
            return candidate
    raise SchemaError(f"{resource_cls.__module__}.{resource_cls.__name__}: no input class found")


def build(tokens: typing.Iterable[str], schema: Schema) -> list[str]:
    """Add ``tokens`` (and the input types they reach) to ``schema``; return the tokens pulumi_aws does not
    define (left out)."""
    table = resource_classes()
    unknown: list[str] = []
    found: dict[str, type] = {}
    for token in tokens:
        if token in schema.resources:
            continue
        if token not in table:
            unknown.append(token)
            continue
        module_name, class_name = table[token]
        resource_cls = getattr(importlib.import_module(module_name), class_name)
        schema.resources[token] = object_spec(args_class(resource_cls), found, token)
    while found:
        name, cls = found.popitem()
        if name not in schema.types:
            schema.types[name] = object_spec(cls, found, name)
    return unknown


def load(tokens: typing.Iterable[str]) -> Schema:
    """The schema covering ``tokens`` (those pulumi_aws defines): read from the on-disk cache, with any
    missing types built and the cache rewritten."""
    version = installed_version()
    path = cache_path(version)
    schema = Schema(version)
    try:
        data = json.loads(path.read_text())
        if data.get("version") == version and data.get("rules") == rules_digest():
            schema = Schema(version, data["resources"], data["types"])
    except (OSError, ValueError, KeyError, TypeError):
        pass  # no cache yet, or a damaged one: rebuild what is needed
    wanted = [t for t in dict.fromkeys(tokens) if t.startswith("aws:") and t not in schema.resources]
    if wanted and any(t in resource_classes() for t in wanted):
        build(wanted, schema)
        _write(path, schema)
    return schema


def _write(path: Path, schema: Schema) -> None:
    """Write atomically, so concurrent plans never read half a file; a read-only home only costs speed."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", dir=path.parent, delete=False, suffix=".tmp") as tmp:
            json.dump(schema.to_json(), tmp, separators=(",", ":"), sort_keys=True)
        os.replace(tmp.name, path)
    except OSError:
        pass


def main(argv: list[str] | None = None) -> int:
    """``--all``: build the schema of every pulumi_aws resource type (not cached) and report the time."""
    args = sys.argv[1:] if argv is None else argv
    if args != ["--all"]:
        print("usage: python -m tools.offline_preview.pulumi_aws_schema --all", file=sys.stderr)
        return 2
    start = time.perf_counter()
    schema = Schema(installed_version())
    build(resource_classes(), schema)
    print(
        json.dumps(
            {
                "version": schema.version,
                "resources": len(schema.resources),
                "types": len(schema.types),
                "seconds": round(time.perf_counter() - start, 2),
                "bytes": len(json.dumps(schema.to_json(), separators=(",", ":"))),
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
