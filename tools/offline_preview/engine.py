"""Run a Pulumi Python program in-process under the mock runtime and record what an engine would see.

Every ``RegisterResource`` request is kept as it arrived: type, name, parent, custom, the property Struct
(with the engine's unknown sentinel in preview mode), dependencies, property dependencies, provider and
options such as ``protect``. The policy analyzer and the tests build on this record.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import gc
import logging
import runpy
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any, cast
from urllib.parse import urlsplit
from urllib.request import url2pathname

import pulumi
from google.protobuf import json_format, struct_pb2
from pulumi.runtime import mocks as pulumi_mocks
from pulumi.runtime import resource as pulumi_resource
from pulumi.runtime import rpc, settings
from pulumi.runtime import stack as pulumi_stack
from pulumi.runtime.proto import source_pb2
from starter_shared.facts import STACK_TYPE, qualified_type, urn

from tools.offline_preview import computed, program_errors, transforms
from tools.offline_preview.mock_cloud import CloudMocks

UNKNOWN = "[unknown]"
"""How a value that is unknown during preview is shown in plain (JSON/text) renderings."""
SECRET = "[secret]"


class ProgramError(Exception):
    """The program failed; the message is one line."""


@dataclass
class RecordedResource:
    """One registration, as the engine received it."""

    urn: str
    type: str
    name: str
    parent: str
    custom: bool
    properties: struct_pb2.Struct
    dependencies: list[str]
    property_dependencies: dict[str, list[str]]
    provider: str
    protect: bool
    retain_on_delete: bool
    ignore_changes: list[str] = field(default_factory=list)
    state: struct_pb2.Struct = field(default_factory=struct_pb2.Struct)
    """What the (mock) provider returned: inputs plus computed values such as ``arn``."""
    id: str = ""
    registered: struct_pb2.Struct = field(default_factory=struct_pb2.Struct)
    """What a component passed to ``register_outputs`` (empty for custom resources and silent components)."""
    source: tuple[str, int] | None = None
    """The SDK's ``sourcePosition`` (file path, line of the call that declared the resource); recorded only when
    ``run_program(..., source_positions=True)``: the SDK pays a stack walk per resource for it."""

    @property
    def inputs(self) -> dict[str, Any]:
        """Properties as plain data: unknowns become ``[unknown]``, secrets their value."""
        inputs: dict[str, Any] = plain(json_format.MessageToDict(self.properties), reveal_secrets=True)
        return inputs

    @property
    def outputs(self) -> dict[str, Any]:
        """The provider's answer as plain data, with the resource ``id`` (``[unknown]`` in preview)."""
        values: dict[str, Any] = plain(json_format.MessageToDict(self.state), reveal_secrets=True)
        return {**values, "id": self.id or UNKNOWN} if self.custom else values

    @property
    def registered_outputs(self) -> dict[str, Any]:
        """A component's ``register_outputs`` as plain data, as ``pulumi stack export`` would show them."""
        values: dict[str, Any] = plain(json_format.MessageToDict(self.registered), reveal_secrets=True)
        return values

    def display_inputs(self) -> dict[str, Any]:
        """Properties for printing: secrets masked."""
        shown: dict[str, Any] = plain(json_format.MessageToDict(self.properties), reveal_secrets=False)
        return shown


@dataclass
class ProgramRun:
    """Everything one run of a program registered, and its stack outputs."""

    project: str
    stack: str
    preview: bool
    config: dict[str, str]
    resources: list[RecordedResource]
    outputs: dict[str, Any]
    warnings: list[str]
    invokes: list[str] = field(default_factory=list)
    """Invoke tokens the program called (provider data sources)."""
    invoke_args: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    """Each invoke with the arguments the program passed, in call order."""

    def of_type(self, *tokens: str) -> list[RecordedResource]:
        return [r for r in self.resources if r.type in tokens]

    def by_urn(self) -> dict[str, RecordedResource]:
        return {r.urn: r for r in self.resources}


def plain(value: Any, reveal_secrets: bool) -> Any:
    """Turn a deserialised property value (``MessageToDict`` form) into plain JSON-able data."""
    if isinstance(value, str):
        return UNKNOWN if value == rpc.UNKNOWN else value
    if isinstance(value, list):
        return [plain(v, reveal_secrets) for v in value]
    if isinstance(value, dict):
        sig = value.get(rpc._special_sig_key)
        if sig == rpc._special_secret_sig:
            return plain(value.get("value"), reveal_secrets) if reveal_secrets else SECRET
        if sig == rpc._special_resource_sig:
            return value.get("urn")
        if sig in (rpc._special_asset_sig, rpc._special_archive_sig):
            return {k: v for k, v in value.items() if k != rpc._special_sig_key}
        return {k: plain(v, reveal_secrets) for k, v in value.items()}
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


class RecordingMonitor(pulumi_mocks.MockMonitor):
    """A mock monitor that keeps every registration request, including the root stack."""

    def __init__(self, mocks: pulumi.runtime.Mocks) -> None:
        super().__init__(mocks)
        self.recorded: list[RecordedResource] = []
        self.unproduced: dict[str, list[str]] = {}
        """URN -> outputs the provider always sets that the offline cloud did not produce (sent as unknown)."""
        self.stack_transforms: list[Any] = []
        self.resource_transforms: dict[str, list[Any]] = {}
        """URN -> the transform callbacks registered with it (its children inherit them)."""
        self.parents: dict[str, str] = {}

    def _transforms_for(self, request: Any) -> list[Any]:
        """The engine's order (pkg/resource/deploy/source_eval.go): the resource's own transforms, then its
        parent's, its grandparent's and so on up the chain, then the stack's."""
        chain = list(request.transforms)
        parent = request.parent
        while parent:
            chain += self.resource_transforms.get(parent, [])
            parent = self.parents.get(parent, "")
        return chain + self.stack_transforms

    def make_urn(self, parent: str, type_: str, name: str) -> str:
        """URNs as the engine builds them: the parent's whole type chain, without the root stack's type."""
        return urn(settings.get_stack(), settings.get_project(), qualified_type(parent, type_), name)

    def RegisterStackTransform(self, request: Any) -> Any:
        """Keep a stack transform's callback: the engine, not the SDK, runs it on every later registration."""
        self.stack_transforms.append(request)
        return super().RegisterStackTransform(request)  # type: ignore[no-untyped-call]  # the SDK's MockMonitor is unannotated

    def RegisterResource(self, request: Any) -> Any:
        if request.type != STACK_TYPE:
            request = transforms.apply(request, self._transforms_for(request))
            urn_ = self.make_urn(request.parent, request.type, request.name)
            self.parents[urn_] = request.parent
            self.resource_transforms[urn_] = list(request.transforms)
        response = super().RegisterResource(request)  # type: ignore[no-untyped-call]  # the SDK's MockMonitor is unannotated
        properties, state = struct_pb2.Struct(), struct_pb2.Struct()
        properties.CopyFrom(request.object)
        if response.HasField("object"):
            state.CopyFrom(response.object)
        if request.custom and not settings.is_dry_run() and response.HasField("object"):
            # An output AWS always sets but the offline cloud has no value for reaches the program as unknown, not
            # as None: an input built from it then shows as unknown (and is reported), instead of vanishing.
            missing = computed.unproduced(request.type, dict(response.object.fields))
            for key in missing:
                response.object.fields[key].string_value = rpc.UNKNOWN
            if missing:
                self.unproduced[response.urn] = missing
        self.recorded.append(
            RecordedResource(
                urn=response.urn,
                type=request.type,
                name=request.name,
                parent=request.parent,
                custom=request.custom,
                properties=properties,
                dependencies=list(request.dependencies),
                property_dependencies={k: list(v.urns) for k, v in request.propertyDependencies.items()},
                provider=request.provider,
                protect=bool(request.protect),
                retain_on_delete=bool(request.retainOnDelete),
                ignore_changes=list(request.ignoreChanges),
                state=state,
                id=response.id,
                source=_source_position(request),
            )
        )
        return response

    def RegisterResourceOutputs(self, request: Any) -> Any:
        """Keep a component's registered outputs on its record (the last call wins, as in the engine)."""
        for recorded in self.recorded:
            if recorded.urn == request.urn:
                recorded.registered.CopyFrom(request.outputs)
        return super().RegisterResourceOutputs(request)  # type: ignore[no-untyped-call]  # the SDK's MockMonitor is unannotated


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


_INSTALLED: dict[str, ModuleType] = {}
"""Modules already found to come from an installed package (site-packages or the running environment): no
program owns them, whatever its directory. While they all are still in ``sys.modules`` as they were (one
comparison of the two mappings), a purge looks only at the other modules instead of reading every module's
``__file__`` again (most of ``sys.modules`` is pulumi_aws, whose lazy modules answer slowly)."""


@functools.cache
def _environment() -> str:
    return str(Path(sys.prefix).resolve()) + "/"


def _purge_modules(program_dir: Path) -> None:
    """Forget the program's own modules, so each run imports them afresh from ``program_dir``: those imported
    from it, and those of the same top-level name imported from elsewhere (a copy of a program must not run
    with the original's ``components`` package that an earlier import left in ``sys.modules``)."""
    root = str(program_dir.resolve()) + "/"
    # A virtualenv often lives inside the program directory: its packages (pulumi itself) must stay loaded.
    keep = (root + "tools/", root + "tests/")
    own = {
        p.stem if p.suffix == ".py" else p.name
        for p in program_dir.iterdir()
        if (p.suffix == ".py" or (p / "__init__.py").is_file()) and p.name not in ("tools", "tests", "__main__.py")
    }
    if _INSTALLED.items() <= sys.modules.items():  # compared in C; a module equals only itself
        names = sys.modules.keys() - _INSTALLED.keys()
    else:  # an installed module was dropped or replaced since: judge everything again
        _INSTALLED.clear()
        names = set(sys.modules)
    environment = _environment()
    for name in names:
        module = sys.modules[name]
        origin = getattr(module, "__file__", None) or ""
        if "site-packages" in origin or origin.startswith(environment):
            _INSTALLED[name] = module
        elif not origin.startswith(keep) and (origin.startswith(root) or name.partition(".")[0] in own):
            del sys.modules[name]


def _source_position(request: Any) -> tuple[str, int] | None:
    """The request's ``sourcePosition`` as (path, line); None when the SDK sent none."""
    if not request.HasField("sourcePosition") or not request.sourcePosition.uri.startswith("file:"):
        return None
    return url2pathname(urlsplit(request.sourcePosition.uri).path), request.sourcePosition.line


def _no_stack_trace() -> source_pb2.StackTrace:
    return source_pb2.StackTrace()


@contextlib.contextmanager
def _without_stack_traces(keep: bool = False) -> Iterator[None]:
    """Skip the SDK's per-resource stack capture while a program runs under mocks.

    For each resource, ``pulumi.runtime.resource._get_stack_trace`` walks the whole Python stack
    (``traceback.extract_stack``) to send ``stackTrace`` and ``sourcePosition`` on ``RegisterResource``: the CLI
    only uses them to point its diagnostics at the user's line. The SDK has no setting to turn it off, only
    ``make scan`` reads the position (``keep``: a finding names the line that declared the resource; a
    program's own errors are located from the exception by ``program_errors``), and it costs about a tenth of a
    mocked run. So unless ``keep``, the private function is swapped for one answering an empty trace (which the
    SDK sends as no source position) and restored after; if an SDK release renames it, nothing is swapped and
    runs are only slower (tests/test_engine_isolation.py checks both the swap and the restore)."""
    saved = getattr(pulumi_resource, "_get_stack_trace", None)
    if saved is None or keep:
        yield
        return
    pulumi_resource._get_stack_trace = _no_stack_trace
    try:
        yield
    finally:
        pulumi_resource._get_stack_trace = saved


async def _resolve_outputs(outputs: dict[str, Any], into: dict[str, Any]) -> None:
    for key, value in outputs.items():
        output = pulumi.Output.from_input(value)
        known = await output.is_known()
        into[key] = plain(await output.future(), reveal_secrets=True) if known else UNKNOWN


def run_program(
    program_dir: Path,
    project: str,
    stack: str,
    config: dict[str, str],
    *,
    secret_keys: list[str] | None = None,
    preview: bool = False,
    source_positions: bool = False,
) -> ProgramRun:
    """Run ``program_dir/__main__.py`` under mocks with ``config`` and return what it registered.

    ``source_positions`` keeps the SDK's per-resource stack capture on, so each record carries the file and
    line that declared it (``RecordedResource.source``); it costs about a tenth of the run.

    Raises ``pulumi.RunError`` for errors the program reports as such (bad config), ``ProgramError`` for
    anything else.
    """
    program_dir = program_dir.resolve()
    if not (program_dir / "__main__.py").is_file():
        raise ProgramError(f"{program_dir}: no __main__.py to run")
    region = config.get("aws:region") or "us-east-1"
    mocks = CloudMocks(region=region, preview=preview)
    monitor = RecordingMonitor(mocks)
    logger = logging.getLogger(f"offline-preview.{stack}")
    logger.propagate = False
    collector = _Collect()
    logger.handlers = [collector]

    settings.reset_options(project=project, stack=stack, preview=preview)
    pulumi.runtime.set_all_config(dict(config), list(secret_keys or []))
    with _without_stack_traces():  # set_mocks registers the root stack
        pulumi.runtime.set_mocks(mocks, project=project, stack=stack, preview=preview, logger=logger, monitor=monitor)
    outputs: dict[str, Any] = {}

    @pulumi.runtime.test  # type: ignore[untyped-decorator]  # the SDK's decorator has no annotations
    def execute() -> Any:
        program_errors.keep_tracebacks()  # so an error in an apply callback still names the user's line
        runpy.run_path(str(program_dir), run_name="__main__")
        root = cast(pulumi_stack.Stack, settings.get_root_resource())  # a program run's root is its Stack
        return pulumi.Output.from_input(asyncio.ensure_future(_resolve_outputs(dict(root.outputs), outputs)))

    _purge_modules(program_dir)
    try:
        with _without_stack_traces(keep=source_positions):
            execute()
    except pulumi.RunError:
        raise
    except ProgramError:
        raise
    except Exception as exc:
        raise ProgramError(program_errors.describe(exc, program_dir)) from exc  # the user's file:line, one line
    finally:
        _purge_modules(program_dir)
        settings.reset_options()
        pulumi.runtime.set_all_config({}, [])
    resources = canonical_order(monitor.recorded)
    return ProgramRun(
        project,
        stack,
        preview,
        dict(config),
        resources,
        outputs,
        collector.messages + waiting_inputs(resources, monitor.unproduced),
        invokes=sorted({token for token, _ in mocks.invoke_args}),
        invoke_args=list(mocks.invoke_args),
    )


def _unknown_paths(value: Any, path: str) -> Iterator[str]:
    if value == rpc.UNKNOWN:
        yield path
    elif isinstance(value, dict) and rpc._special_sig_key not in value:
        for key, item in value.items():
            yield from _unknown_paths(item, f"{path}.{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from _unknown_paths(item, f"{path}[{i}]")


def waiting_inputs(resources: list[RecordedResource], unproduced: dict[str, list[str]]) -> list[str]:
    """One line per input that is unknown in a run that is not a preview because it was built from an output the
    offline cloud did not produce: the resource, the property, and the output(s) it waited for."""
    if not unproduced:
        return []
    by_urn = {r.urn: r for r in resources}
    lines: list[str] = []
    for r in resources:
        for key, value in json_format.MessageToDict(r.properties).items():
            sources = [u for u in r.property_dependencies.get(key, []) if u in unproduced]
            if not sources:
                continue
            for path in _unknown_paths(value, key):
                waited = "; ".join(
                    f"{by_urn[u].name if u in by_urn else u} ({by_urn[u].type if u in by_urn else '?'}): "
                    f"{' or '.join(unproduced[u]) if len(unproduced[u]) <= 4 else ', '.join(unproduced[u][:4]) + ', ...'}"
                    for u in sources
                )
                lines.append(
                    f"{r.type} {r.name}: {path}: built from an output the offline cloud does not produce ({waited}); "
                    "this plan shows it unknown"
                )
    return lines


_FROZEN_WITH = 0
"""How many modules were loaded when ``freeze_what_is_loaded`` last froze."""


def freeze_what_is_loaded(new_modules: int = 200) -> bool:
    """For a process that runs many programs (the tests, the corpus runner): once at least ``new_modules``
    modules were imported since the last time (pulumi_aws imports each service the first time a program uses
    it), collect garbage, then leave every object alive now out of all later collections (``gc.freeze``).

    Otherwise each full collection walks pulumi_aws's ~250k long-lived objects again (~75 ms) and frees none
    of them. Garbage is collected before the freeze, so only objects still reachable are kept; an object frozen
    and dropped later is never reclaimed, which costs memory, not correctness. Returns whether it froze."""
    global _FROZEN_WITH
    if len(sys.modules) - _FROZEN_WITH < new_modules:
        return False
    gc.collect()
    gc.freeze()
    _FROZEN_WITH = len(sys.modules)
    return True


def canonical_order(recorded: list[RecordedResource]) -> list[RecordedResource]:
    """The registrations in one order that does not depend on timing: the mock runtime registers resources as
    their inputs resolve, so the arrival order differs from run to run. Parents come before their children,
    siblings sort by name and type, and dependency lists are sorted; the same program gives the same plan."""
    children: dict[str, list[RecordedResource]] = {}
    urns = {r.urn for r in recorded}
    for r in recorded:
        r.dependencies = sorted(set(r.dependencies))
        r.property_dependencies = {k: sorted(set(v)) for k, v in sorted(r.property_dependencies.items())}
        children.setdefault(r.parent if r.parent in urns else "", []).append(r)
    ordered: list[RecordedResource] = []
    stack = sorted(children.get("", []), key=_sibling_key, reverse=True)
    while stack:
        node = stack.pop()
        ordered.append(node)
        stack.extend(sorted(children.get(node.urn, []), key=_sibling_key, reverse=True))
    return ordered


def _sibling_key(resource: RecordedResource) -> tuple[bool, str, str]:
    # Providers first (their URNs are referenced by the resources after them), then by name and type.
    return (not resource.type.startswith("pulumi:providers:"), resource.name, resource.type)
