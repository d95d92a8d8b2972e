"""Talk to a policy pack the way the Pulumi CLI does: start it from its own entry point, read the port it
prints, and call the Analyzer gRPC service with what the engine sends for each resource.
"""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import grpc
from google.protobuf import empty_pb2, json_format, struct_pb2
from pulumi.runtime.proto import analyzer_pb2, analyzer_pb2_grpc
from starter_shared.facts import urn as make_urn

from tools.offline_preview.engine import ProgramRun, RecordedResource

LEVELS = {v: k.lower() for k, v in analyzer_pb2.EnforcementLevel.items()}
START_TIMEOUT_S = 30.0


class PackError(Exception):
    """The pack could not be started or answered badly; the message is one line."""


@dataclass(frozen=True)
class Violation:
    """One diagnostic a pack returned."""

    policy: str
    level: str
    urn: str
    message: str


def _provider_properties(config: dict[str, str], package: str) -> dict[str, Any]:
    """A package's provider inputs from ``<package>:*`` stack config (object values are JSON in the flat map)."""
    properties: dict[str, Any] = {}
    for key, value in config.items():
        namespace, _, name = key.partition(":")
        if namespace != package:
            continue
        try:
            properties[name] = json.loads(value) if value[:1] in "{[" else value
        except ValueError:
            properties[name] = value
    return properties


def default_provider(
    config: dict[str, str], stack: str, project: str, package: str = "aws"
) -> analyzer_pb2.AnalyzerProviderResource:
    """The default provider the engine would create for ``package`` from a stack's ``<package>:*`` config."""
    struct = struct_pb2.Struct()
    struct.update(_provider_properties(config, package))
    name = "default"
    urn = make_urn(stack, project, f"pulumi:providers:{package}", name)
    return analyzer_pb2.AnalyzerProviderResource(type=f"pulumi:providers:{package}", properties=struct, urn=urn, name=name)


def provider_resolver(run: ProgramRun) -> Callable[[RecordedResource], analyzer_pb2.AnalyzerProviderResource | None]:
    """Each resource's provider as the engine sends it: an explicit provider resource from the run (by the
    ``urn::id`` reference the resource carries), else the package's default provider built from config."""
    explicit = {r.urn: r for r in run.resources if r.type.startswith("pulumi:providers:")}
    defaults: dict[str, analyzer_pb2.AnalyzerProviderResource] = {}

    def resolve(resource: RecordedResource) -> analyzer_pb2.AnalyzerProviderResource | None:
        urn = resource.provider.rsplit("::", 1)[0] if resource.provider else ""
        if urn in explicit:
            p = explicit[urn]
            return analyzer_pb2.AnalyzerProviderResource(type=p.type, properties=p.properties, urn=p.urn, name=p.name)
        package = resource.type.split(":", 1)[0]
        if package == "pulumi":
            return None
        if package not in defaults:
            defaults[package] = default_provider(run.config, run.stack, run.project, package)
        return defaults[package]

    return resolve


def _options(resource: RecordedResource) -> analyzer_pb2.AnalyzerResourceOptions:
    return analyzer_pb2.AnalyzerResourceOptions(
        protect=resource.protect, ignoreChanges=resource.ignore_changes, parent=resource.parent
    )


class PolicyPackProcess:
    """A running policy pack; use as a context manager."""

    def __init__(self, pack_dir: Path, python: str = sys.executable) -> None:
        self.pack_dir = pack_dir.resolve()
        entry = self.pack_dir / "__main__.py"
        if not entry.is_file():
            raise PackError(f"{pack_dir}: no __main__.py (not a Python policy pack)")
        self._process = subprocess.Popen(
            [python, "-u", str(entry)],
            cwd=self.pack_dir,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        self._channel: grpc.Channel | None = None
        self._stub: analyzer_pb2_grpc.AnalyzerStub | None = None
        self._info: analyzer_pb2.AnalyzerInfo | None = None
        self._configured: analyzer_pb2.ConfigureAnalyzerRequest | None = None
        """The last policy config this process was sent (``Configure`` replaces the pack's whole config)."""

    @property
    def stub(self) -> analyzer_pb2_grpc.AnalyzerStub:
        """The Analyzer client, connected on first use: the pack starts while the caller does other work."""
        if self._stub is None:
            self._channel = grpc.insecure_channel(f"127.0.0.1:{self._read_port()}")
            self._stub = analyzer_pb2_grpc.AnalyzerStub(self._channel)
        return self._stub

    def _read_port(self) -> int:
        line: list[str] = []
        stdout, stderr = self._process.stdout, self._process.stderr
        assert stdout is not None and stderr is not None  # the pack is started with both piped
        reader = threading.Thread(target=lambda: line.append(stdout.readline()), daemon=True)
        reader.start()
        reader.join(START_TIMEOUT_S)
        text = line[0].strip() if line else ""
        if not text.isdigit():
            self._process.kill()
            err = (stderr.read() or "").strip().splitlines()
            why = err[-1] if err else f"no port printed within {START_TIMEOUT_S:.0f}s"
            raise PackError(f"policy pack {self.pack_dir} failed to start: {why}")
        return int(text)

    def __enter__(self) -> PolicyPackProcess:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        if self._channel is not None:
            self._channel.close()
        if self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self._process.kill()
        for stream in (self._process.stdout, self._process.stderr):
            if stream:
                stream.close()

    # -- the calls the CLI makes ------------------------------------------------------------------------------
    def info(self) -> analyzer_pb2.AnalyzerInfo:
        """The pack's name and policies (asked once: they cannot change while the process runs)."""
        if self._info is None:
            self._info = self.stub.GetAnalyzerInfo(empty_pb2.Empty())
        return self._info

    def configure_stack(self, run: ProgramRun) -> None:
        config = struct_pb2.Struct()
        config.update(dict(run.config))
        self.stub.ConfigureStack(
            analyzer_pb2.AnalyzerStackConfigureRequest(
                stack=run.stack,
                project=run.project,
                organization="organization",
                dry_run=run.preview,
                config=config,
            )
        )

    def configure(self, policy_config: dict[str, Any]) -> None:
        """Per-policy config as in a ``--policy-pack-config`` file: ``{policy: level | {enforcementLevel, ...}}``,
        plus ``"all": level``. As in the CLI: ``all`` overrides every policy's declared level, a policy's own
        level overrides ``all``, and a policy given only properties keeps the level it would otherwise have.

        The request is not sent again when it equals the last one this process was sent: ``Configure`` replaces
        the pack's whole policy config and nothing else changes it, so the pack already holds exactly that."""
        declared = {p.name: p.enforcementLevel for p in self.info().policies}
        everyone = policy_config.get("all")
        request = analyzer_pb2.ConfigureAnalyzerRequest()
        for policy in declared.keys() | (policy_config.keys() - {"all"}):
            value = policy_config.get(policy, {})
            entry = value if isinstance(value, dict) else {"enforcementLevel": value}
            level_name = entry.get("enforcementLevel", everyone)
            if level_name is None and policy not in policy_config:
                continue
            properties = struct_pb2.Struct()
            properties.update({k: v for k, v in entry.items() if k != "enforcementLevel"})
            level = (
                analyzer_pb2.EnforcementLevel.Value(level_name.upper())
                if level_name
                else declared.get(policy, analyzer_pb2.ADVISORY)
            )
            request.policyConfig[policy].CopyFrom(analyzer_pb2.PolicyConfig(enforcementLevel=level, properties=properties))
        if request == self._configured:
            return
        self._configured = None  # a failed call leaves the pack's config unknown
        self.stub.Configure(request)
        self._configured = request

    def analyze(self, resource: RecordedResource, provider: analyzer_pb2.AnalyzerProviderResource | None) -> list[Violation]:
        request = analyzer_pb2.AnalyzeRequest(
            type=resource.type,
            properties=resource.properties,
            urn=resource.urn,
            name=resource.name,
            options=_options(resource),
            provider=provider,
        )
        # The engine knows which resource it asked about; the pack leaves the diagnostic's URN empty.
        return [
            v if v.urn else Violation(v.policy, v.level, resource.urn, v.message)
            for v in _violations(self.stub.Analyze(request))
        ]

    def analyze_stack(
        self,
        resources: list[RecordedResource],
        provider: analyzer_pb2.AnalyzerProviderResource
        | Callable[[RecordedResource], analyzer_pb2.AnalyzerProviderResource | None]
        | None,
    ) -> list[Violation]:
        """All resources at once; ``provider`` is one provider for all, or a function giving each its own."""
        provider_of = provider if callable(provider) else (lambda _r: provider)
        request = analyzer_pb2.AnalyzeStackRequest(
            resources=[
                analyzer_pb2.AnalyzerResource(
                    type=r.type,
                    properties=r.properties,
                    urn=r.urn,
                    name=r.name,
                    options=_options(r),
                    provider=provider_of(r),
                    parent=r.parent,
                    dependencies=r.dependencies,
                    propertyDependencies={
                        k: analyzer_pb2.AnalyzerPropertyDependencies(urns=v) for k, v in r.property_dependencies.items()
                    },
                )
                for r in resources
            ]
        )
        return _violations(self.stub.AnalyzeStack(request))


def _violations(response: analyzer_pb2.AnalyzeResponse) -> list[Violation]:
    return [Violation(d.policyName, LEVELS[d.enforcementLevel], d.urn, d.message) for d in response.diagnostics]


def check_run(pack: PolicyPackProcess, run: ProgramRun, policy_config: dict[str, Any] | None = None) -> list[Violation]:
    """Everything the CLI would ask the pack about one program run: each custom resource, then the stack.
    The policy config is given every time, as the CLI does, so a reused pack never keeps an earlier run's config
    (``configure`` skips the call when the pack already holds that config)."""
    pack.configure_stack(run)
    pack.configure(policy_config or {})
    provider_of = provider_resolver(run)
    custom = [r for r in run.resources if r.custom and not r.type.startswith("pulumi:providers:")]
    found: list[Violation] = []
    for resource in custom:
        found += pack.analyze(resource, provider_of(resource))
    found += pack.analyze_stack(custom, provider_of)
    return found


def properties_struct(props: dict[str, Any]) -> struct_pb2.Struct:
    """A property Struct from plain data (tests and hand-written states)."""
    return json_format.ParseDict(props, struct_pb2.Struct())
