"""Translate an offline plan (the resources a Pulumi program registered under mocks) to Terraform JSON.

One Terraform resource per custom resource, names and shapes resolved against the provider's schema. A value
that carries another resource's ID, ARN or name (known from the mock state, and only for the resources the
property depends on) becomes a Terraform reference, so ordering matches the Pulumi graph; explicit
``dependsOn`` edges become ``depends_on``. Per-resource ``region`` (pulumi-aws 7) becomes a provider alias per
region; the stack's ``aws:*`` config becomes the provider block (``aws:defaultTags`` → ``default_tags``).

Nothing is silently dropped: every input is translated, dropped with a recorded reason (``PULUMI_ONLY``) or
listed as untranslatable with its resource and property.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any

from google.protobuf import json_format

from tools.tf_bridge import assets
from tools.tf_bridge.imports import ProgramRun, RecordedResource
from tools.tf_bridge.schema import Field, ProviderSchema, camel_to_snake, fields_of, resolve_object_key, resolve_property

UNKNOWN = "[unknown]"
# Resource inputs that exist only in pulumi-aws, with why they are not passed on.
PULUMI_ONLY: dict[str, str] = {
    "region": "pulumi-aws 7 per-resource region: the 5.x provider has none; the resource uses the provider "
    "(an alias when not the stack's region) of that region",
}
# Computed values that say where or what a resource is, not which one: never turned into references.
NOT_IDENTITIES = frozenset({"region", "tagsAll", "ownerId"})
MIN_EMBEDDED_REFERENCE = 8  # shorter values are replaced only when they are the whole string


@dataclass(frozen=True)
class Issue:
    """A property that was not passed on: untranslatable, or dropped on purpose (``reason`` says why)."""

    resource: str
    """Pulumi resource, as ``name (type)``."""
    property: str
    reason: str

    def __str__(self) -> str:
        return f"{self.resource} {self.property}: {self.reason}"


@dataclass
class Translation:
    """A ``main.tf.json`` document and what it cannot say."""

    document: dict[str, Any]
    resources: dict[str, RecordedResource] = field(default_factory=dict)
    """Terraform address (``aws_vpc.network-vpc``) → the Pulumi resource it came from."""
    source_map: dict[tuple[Any, ...], str] = field(default_factory=dict)
    """Path in the document (``("resource", type, name, "metadata_options", 0, "http_tokens")``) → Pulumi
    property path (``metadataOptions.httpTokens``)."""
    untranslatable: list[Issue] = field(default_factory=list)
    notes: list[Issue] = field(default_factory=list)
    """Inputs dropped on purpose (Pulumi-only) or filled in (autonamed required names), with the reason."""
    output_names: list[str] = field(default_factory=list)
    files: dict[str, bytes] = field(default_factory=dict)
    """Assets and archives as files (path relative to ``main.tf.json`` -> content), written beside it."""

    def json(self) -> str:
        return json.dumps(self.document, indent=2) + "\n"


def label(resource: RecordedResource) -> str:
    return f"{resource.name} ({resource.type})"


def escape_template(text: str) -> str:
    """A literal string in Terraform's template syntax: ``${`` and ``%{`` must not start an interpolation."""
    return text.replace("${", "$${").replace("%{", "%%{")


def _address_name(name: str, taken: set[str]) -> str:
    base = re.sub(r"[^A-Za-z0-9_-]", "_", name)
    if not re.match(r"[A-Za-z_]", base):
        base = "_" + base
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}_{n}", n + 1
    taken.add(candidate)
    return candidate


@dataclass(frozen=True)
class Reference:
    """A value some resource computes, and the Terraform expression for it."""

    value: str
    address: str
    attribute: str

    @property
    def expression(self) -> str:
        return f"{self.address}.{self.attribute}"


class _Substituter:
    """Replace known values with ``${...}`` references inside one string, longest value first."""

    def __init__(self, references: list[Reference]) -> None:
        by_value: dict[str, Reference] = {}
        for ref in references:
            by_value.setdefault(ref.value, ref)  # first wins: id before other attributes
        self.by_value = by_value
        embedded = sorted((v for v in by_value if len(v) >= MIN_EMBEDDED_REFERENCE), key=len, reverse=True)
        self.pattern = re.compile("|".join(re.escape(v) for v in embedded)) if embedded else None

    def __call__(self, text: str, used: set[str]) -> str:
        if text in self.by_value:
            ref = self.by_value[text]
            used.add(ref.address)
            return "${" + ref.expression + "}"
        if self.pattern is None:
            return escape_template(text)
        out, last = [], 0
        for match in self.pattern.finditer(text):
            ref = self.by_value[match.group(0)]
            used.add(ref.address)
            out += [escape_template(text[last : match.start()]), "${" + ref.expression + "}"]
            last = match.end()
        out.append(escape_template(text[last:]))
        return "".join(out)


class Translator:
    """Translate one ``ProgramRun`` against one provider schema."""

    def __init__(self, schema: ProviderSchema, provider_version: str, program_dir: Path | None = None) -> None:
        self.schema = schema
        self.provider_version = provider_version
        self.program_dir = program_dir or Path.cwd()  # where a FileAsset's relative path starts, as in Pulumi

    # -- entry point -------------------------------------------------------------------------------------------
    def translate(self, run: ProgramRun) -> Translation:
        result = Translation(document={})
        default_region = run.config.get("aws:region", "us-east-1")
        custom = [r for r in run.resources if r.custom and not r.type.startswith("pulumi:providers:")]
        providers = {r.urn: r for r in run.resources if r.type == "pulumi:providers:aws"}

        addresses: dict[str, str] = {}
        taken: dict[str, set[str]] = {}
        types: dict[str, str] = {}
        for r in custom:
            tf_type = self.schema.resource_type(r.type)
            if tf_type is None:
                result.untranslatable.append(
                    Issue(label(r), "*", f"AWS provider {self.provider_version}: {self.schema.missing_reason(r.type)}")
                )
                continue
            types[r.urn] = tf_type
            addresses[r.urn] = f"{tf_type}.{_address_name(r.name, taken.setdefault(tf_type, set()))}"
            result.resources[addresses[r.urn]] = r
        references = {
            urn: self._references(r, types[urn], addresses[urn]) for urn, r in ((r.urn, r) for r in custom if r.urn in types)
        }
        children: dict[str, list[str]] = {}
        for r in run.resources:
            children.setdefault(r.parent, []).append(r.urn)

        aliases: dict[str, dict[str, Any]] = {}
        body_by_type: dict[str, dict[str, Any]] = {}
        for r in custom:
            if r.urn not in types:
                continue
            tf_type, address = types[r.urn], addresses[r.urn]
            body, used = self._resource_body(r, tf_type, address, references, result)
            alias = self._provider_for(r, default_region, providers, aliases, run, result)
            if alias:
                body["provider"] = f"aws.{alias}"
            depends = sorted(
                {addresses[u] for d in r.dependencies for u in self._customs(d, children, addresses)} - used - {address}
            )
            if depends:
                body["depends_on"] = depends
            body_by_type.setdefault(tf_type, {})[address.split(".", 1)[1]] = body

        provider_blocks = [self._provider_config(run.config, None, result)]
        provider_blocks += [{**block, "alias": name} for name, block in aliases.items()]
        outputs = self._outputs(run, references, result)
        result.document = {
            "terraform": {"required_providers": {"aws": {"source": "hashicorp/aws", "version": self.provider_version}}},
            "provider": {"aws": provider_blocks},
            # An empty resource block is a syntax error to terraform (init fails before saying anything else).
            **({"resource": body_by_type} if body_by_type else {}),
            **({"output": outputs} if outputs else {}),
        }
        return result

    # -- references ----------------------------------------------------------------------------------------------
    def _references(self, r: RecordedResource, tf_type: str, address: str) -> list[Reference]:
        """Values of ``r`` that only AWS knows (its id, ARN, generated names) and their expressions."""
        state = r.outputs
        fields = fields_of(self.schema.block(tf_type))
        renames = self.schema.renames(r.type)
        inputs = r.inputs
        refs: list[Reference] = []
        # The ARN first, then the id: where they are equal (load balancers, target groups) `arn` reads better.
        for key, value in sorted(state.items(), key=lambda kv: (kv[0] != "arn", kv[0] != "id")):
            if key in NOT_IDENTITIES or not isinstance(value, str) or value == UNKNOWN or not value:
                continue
            if key == "id":
                # Plugin-framework types without an `id` (aws_cloudwatch_log_delivery_source) are named otherwise.
                if "id" in fields:
                    refs.append(Reference(value, address, "id"))
                continue
            snake = camel_to_snake(key)
            target = fields.get(renames.get(snake, snake))  # fn.name is aws_lambda_function.function_name
            if target is None or target.kind != "attribute" or target.spec.get("type") != "string":
                continue
            # Set by the program (not computed) values are the program's own literals: no reference.
            if not target.computed_only and key in inputs:
                continue
            refs.append(Reference(value, address, target.name))
        return refs

    @staticmethod
    def _customs(urn: str, children: dict[str, list[str]], addresses: dict[str, str]) -> list[str]:
        """A dependency on a component is a dependency on every custom resource under it."""
        if urn in addresses:
            return [urn]
        return [c for kid in children.get(urn, []) for c in Translator._customs(kid, children, addresses)]

    # -- resources ---------------------------------------------------------------------------------------------
    def _resource_body(
        self, r: RecordedResource, tf_type: str, address: str, references: dict[str, list[Reference]], result: Translation
    ) -> tuple[dict[str, Any], set[str]]:
        fields = fields_of(self.schema.block(tf_type))
        renames = self.schema.renames(r.type)
        body: dict[str, Any] = {}
        used: set[str] = set()
        root = ("resource", *address.split(".", 1))
        raw = json_format.MessageToDict(r.properties)  # keeps the asset/archive signatures r.inputs drops
        for key, value in r.inputs.items():
            if key in PULUMI_ONLY:
                result.notes.append(Issue(label(r), key, PULUMI_ONLY[key]))
                continue
            target = resolve_property(fields, key, renames)
            if target is None:
                result.untranslatable.append(
                    Issue(label(r), key, f"no argument in {tf_type} (provider {self.provider_version})")
                )
                continue
            if target.computed_only:
                result.untranslatable.append(
                    Issue(label(r), key, f"{tf_type}.{target.name} is computed only in provider {self.provider_version}")
                )
                continue
            if assets.kind(raw.get(key)) is not None:
                self._asset(r, key, raw[key], target, fields, body, address, result)
                continue
            deps = [ref for u in r.property_dependencies.get(key, []) for ref in references.get(u, [])]
            substitute = _Substituter(deps)
            context = _Context(label(r), result, partial(substitute, used=used))
            body[target.name] = context.convert(value, target, key, (*root, target.name))
        self._autonames(r, tf_type, fields, renames, body, result)
        return body, used

    def _asset(
        self,
        r: RecordedResource,
        key: str,
        value: dict[str, Any],
        target: Field,
        fields: dict[str, Field],
        body: dict[str, Any],
        address: str,
        result: Translation,
    ) -> None:
        """An asset or archive input: its bytes become a file beside main.tf.json, the argument its path, and
        the provider's content hash (``source_code_hash``) is set as ``filebase64sha256`` would, unless given."""
        if target.kind != "attribute" or target.spec.get("type") != "string":
            result.untranslatable.append(Issue(label(r), key, f"an asset, but {target.name} takes no file path"))
            return
        try:
            file = assets.to_file(value, self.program_dir)
        except assets.AssetError as exc:
            result.untranslatable.append(Issue(label(r), key, str(exc)))
            return
        path = f"assets/{address}.{key}{'.zip' if file.archive else ''}"
        result.files[path] = file.content
        body[target.name] = path
        result.source_map[("resource", *address.split(".", 1), target.name)] = key
        if "source_code_hash" in fields and "sourceCodeHash" not in r.inputs:
            body["source_code_hash"] = file.base64sha256

    @staticmethod
    def _autonames(
        r: RecordedResource,
        tf_type: str,
        fields: dict[str, Field],
        renames: dict[str, str],
        body: dict[str, Any],
        result: Translation,
    ) -> None:
        """Required names the program left to Pulumi's autonaming: the engine's (mock) name, recorded."""
        missing = {n for n, f in fields.items() if f.kind == "attribute" and f.spec.get("required")} - set(body)
        name_field = resolve_property(fields, "name", renames)
        outputs = r.outputs
        if name_field is not None and name_field.name in missing and "name" not in r.inputs and "name" not in outputs:
            # The plan's mock gave no name; Pulumi would: `<logical name>-<7 hex>` (stable per URN here).
            outputs = {**outputs, "name": f"{r.name}-{hashlib.sha256(r.urn.encode()).hexdigest()[:7]}"}
        for key, value in outputs.items():
            target = resolve_property(fields, key, renames)
            if target is not None and target.name in missing and isinstance(value, str) and value != UNKNOWN:
                body[target.name] = escape_template(value)
                result.notes.append(
                    Issue(label(r), key, f"autonamed by Pulumi: {tf_type}.{target.name} set to the plan's name {value!r}")
                )

    # -- providers ---------------------------------------------------------------------------------------------
    def _provider_for(
        self,
        r: RecordedResource,
        default_region: str,
        providers: dict[str, RecordedResource],
        aliases: dict[str, dict[str, Any]],
        run: ProgramRun,
        result: Translation,
    ) -> str | None:
        """The provider alias a resource needs (explicit provider, other region), created on first use."""
        region = r.inputs.get("region")
        provider_urn = r.provider.rsplit("::", 1)[0] if r.provider else ""
        explicit = providers.get(provider_urn)
        if explicit is None and (not region or region == default_region):
            return None
        base_name = explicit.name if explicit is not None else ""
        name = "-".join(p for p in (base_name, region if region and region != default_region else "") if p)
        if name not in aliases:
            config = dict(run.config)
            if explicit is not None:
                config = {f"aws:{k}": v if isinstance(v, str) else json.dumps(v) for k, v in explicit.inputs.items()}
                config.setdefault("aws:region", default_region)
            if region:
                config["aws:region"] = region
            aliases[name] = self._provider_config(config, name, result)
        return name

    def _provider_config(self, config: dict[str, str], alias: str | None, result: Translation) -> dict[str, Any]:
        """A provider block from Pulumi's ``aws:*`` config, resolved against the provider schema."""
        fields = fields_of(self.schema.provider_block)
        block: dict[str, Any] = {}
        who = f"provider aws{'.' + alias if alias else ''}"
        for key, raw in sorted(config.items()):
            if not key.startswith("aws:") or key == "aws:version":
                continue
            name = key.split(":", 1)[1]
            value: Any = raw
            if (isinstance(raw, str) and raw[:1] in "[{") or raw in ("true", "false"):
                try:
                    value = json.loads(raw)
                except ValueError:
                    value = raw
            target = resolve_property(fields, name)
            if target is None:
                result.untranslatable.append(Issue(who, key, "no such provider argument"))
                continue
            if target.name == "endpoints" and isinstance(value, list):
                # Pulumi lists one map per service; Terraform takes one endpoints block with them all.
                value = [{k: v for item in value if isinstance(item, dict) for k, v in item.items()}]
            context = _Context(who, result, escape_template)
            block[target.name] = context.convert(value, target, key, ("provider", "aws", target.name))
        return block

    # -- outputs -----------------------------------------------------------------------------------------------
    def _outputs(self, run: ProgramRun, references: dict[str, list[Reference]], result: Translation) -> dict[str, Any]:
        """Stack outputs with the names the program exports, as expressions over the translated resources."""
        substitute = _Substituter([ref for refs in references.values() for ref in refs])
        outputs: dict[str, Any] = {}
        for name, value in run.outputs.items():
            if _has_unknown(value):
                result.untranslatable.append(Issue("stack outputs", name, "value unknown in the plan"))
                continue
            used: set[str] = set()
            outputs[name] = {"value": _map_strings(value, partial(substitute, used=used))}
            result.output_names.append(name)
        return outputs


def _has_unknown(value: Any) -> bool:
    if isinstance(value, str):
        return value == UNKNOWN
    if isinstance(value, list):
        return any(_has_unknown(v) for v in value)
    if isinstance(value, dict):
        return any(_has_unknown(v) for v in value.values())
    return False


def _map_strings(value: Any, fn: Callable[[str], str]) -> Any:
    if isinstance(value, str):
        return fn(value)
    if isinstance(value, list):
        return [_map_strings(v, fn) for v in value]
    if isinstance(value, dict):
        return {k: _map_strings(v, fn) for k, v in value.items()}
    return value


@dataclass
class _Context:
    """Converts one property value by its schema, recording the source map and any problem."""

    resource: str
    result: Translation
    leaf: Callable[[str], str]

    def problem(self, path: str, reason: str) -> None:
        self.result.untranslatable.append(Issue(self.resource, path, reason))

    def convert(self, value: Any, target: Field, ppath: str, tpath: tuple[Any, ...]) -> Any:
        self.result.source_map[tpath] = ppath
        if target.kind == "attribute":
            return self.typed(value, target.spec.get("type", "dynamic"), ppath, tpath)
        if target.kind == "nested":
            nested = target.spec["nested_type"]
            return self.blocks(value, nested, nested.get("nesting_mode", "single"), None, ppath, tpath)
        spec = target.spec
        return self.blocks(value, spec["block"], spec.get("nesting_mode", "list"), spec.get("max_items"), ppath, tpath)

    def blocks(
        self, value: Any, block: dict[str, Any], mode: str, max_items: int | None, ppath: str, tpath: tuple[Any, ...]
    ) -> Any:
        if mode in ("single", "group"):
            if isinstance(value, list) and len(value) == 1:
                value = value[0]
            return self.object(value, block, ppath, tpath)
        if mode == "map":
            if not isinstance(value, dict):
                self.problem(ppath, f"expected a map of objects, got {type(value).__name__}")
                return None
            return {k: self.object(v, block, f"{ppath}.{k}", (*tpath, k)) for k, v in value.items()}
        items = value if isinstance(value, list) else [value]  # the bridge flattens max_items=1 blocks
        if max_items is not None and len(items) > max_items:
            self.problem(ppath, f"{len(items)} items, the provider allows at most {max_items}")
        flattened = not isinstance(value, list)
        return [
            self.object(item, block, ppath if flattened else f"{ppath}[{i}]", (*tpath, i)) for i, item in enumerate(items)
        ]

    def object(self, value: Any, block: dict[str, Any], ppath: str, tpath: tuple[Any, ...]) -> dict[str, Any]:
        self.result.source_map[tpath] = ppath
        if not isinstance(value, dict):
            self.problem(ppath, f"expected an object, got {type(value).__name__}")
            return {}
        fields = fields_of(block)
        out: dict[str, Any] = {}
        for key, item in value.items():
            target = resolve_property(fields, key)
            if target is None:
                self.problem(f"{ppath}.{key}", "no such nested argument in the provider schema")
                continue
            out[target.name] = self.convert(item, target, f"{ppath}.{key}", (*tpath, target.name))
        return out

    def typed(self, value: Any, cty: Any, ppath: str, tpath: tuple[Any, ...]) -> Any:
        self.result.source_map[tpath] = ppath
        if value is None:
            return None
        if isinstance(value, str) and value == UNKNOWN:
            self.problem(ppath, "value unknown in the plan")
            return None
        if cty in ("string", "number", "bool", "dynamic"):
            if isinstance(value, (dict, list)) and cty != "dynamic":
                self.problem(ppath, f"expected a {cty}, got {type(value).__name__}")
                return None
            return self.leaf(value) if isinstance(value, str) else value
        kind, inner = cty[0], cty[1]
        if kind in ("list", "set"):
            items = value if isinstance(value, list) else [value]
            return [self.typed(v, inner, f"{ppath}[{i}]", (*tpath, i)) for i, v in enumerate(items)]
        if kind == "map":
            if not isinstance(value, dict):
                self.problem(ppath, f"expected a map, got {type(value).__name__}")
                return None
            return {k: self.typed(v, inner, f"{ppath}.{k}", (*tpath, k)) for k, v in value.items()}
        if kind == "object":
            if isinstance(value, list) and len(value) == 1:
                value = value[0]
            if not isinstance(value, dict):
                self.problem(ppath, f"expected an object, got {type(value).__name__}")
                return None
            # Attribute syntax needs every key of the object type; block syntax leaves the others null too.
            out: dict[str, Any] = dict.fromkeys(inner)
            for key, item in value.items():
                name = resolve_object_key(inner, key)
                if name is None:
                    self.problem(f"{ppath}.{key}", "no such key in the provider's object type")
                    continue
                out[name] = self.typed(item, inner[name], f"{ppath}.{key}", (*tpath, name))
            return out
        if kind == "tuple":
            return [
                self.typed(v, t, f"{ppath}[{i}]", (*tpath, i)) for i, (v, t) in enumerate(zip(value, inner, strict=False))
            ]
        return value


def translate(
    run: ProgramRun, schema: ProviderSchema, provider_version: str, program_dir: Path | None = None
) -> Translation:
    """The Terraform JSON for ``run`` (see ``Translator``)."""
    return Translator(schema, provider_version, program_dir).translate(run)
