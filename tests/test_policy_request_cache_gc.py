"""The request cache pauses the garbage collector while a call runs (policies/starter_policies/request_cache.py):
it must restore the collector's state afterwards, keep it paused while calls overlap, and it is only safe
because a call's objects form no reference cycles, so reference counting frees them all."""

from __future__ import annotations

import gc
import subprocess
import sys
from collections.abc import Iterator

import pytest
from conftest import REPO
from starter_policies import request_cache


@pytest.fixture
def collector() -> Iterator[None]:
    """Whatever a test does to the collector, the session gets it back as it was."""
    was = gc.isenabled()
    yield
    (gc.enable if was else gc.disable)()


class _Request:
    type = "aws:s3/bucket:Bucket"
    resources: tuple[object, ...] = ()


@pytest.mark.parametrize("typed", [True, False], ids=["Analyze", "AnalyzeStack"])
@pytest.mark.parametrize("enabled", [True, False], ids=["host-collects", "host-paused"])
def test_a_call_runs_with_the_collector_paused_and_restores_it(collector, typed, enabled):
    seen: list[bool] = []
    call = request_cache._per_call(lambda _self, _request, _context: seen.append(gc.isenabled()), typed=typed)
    (gc.enable if enabled else gc.disable)()
    call(None, _Request(), None)
    assert seen == [False] and gc.isenabled() is enabled


def test_a_failing_call_restores_the_collector(collector):
    def fails(_self: object, _request: object, _context: object) -> None:
        raise RuntimeError("rule crashed")

    gc.enable()
    with pytest.raises(RuntimeError):
        request_cache._per_call(fails, typed=True)(None, _Request(), None)
    assert gc.isenabled()


def test_overlapping_calls_keep_the_collector_paused_until_the_last_ends(collector):
    gc.enable()
    pause = request_cache._CollectorPause()
    pause.__enter__()
    pause.__enter__()
    pause.__exit__()
    assert not gc.isenabled()  # the other call still runs
    pause.__exit__()
    assert gc.isenabled()


CYCLE_PROBE = """
import gc, sys
sys.path[:0] = [{repo!r}, {policies!r}, {tests!r}]
from pulumi.runtime.proto import analyzer_pb2
from pulumi_policy import EnforcementLevel
from pulumi_policy import policy as sdk
from starter_policies import ALL_POLICIES, request_cache
from test_policies import PROVIDER, STACK_CASES, UNKNOWN_RESOURCES
from tests.support.resources import synthetic_stack
from tools.offline_preview.analyzer import _options

assert request_cache.install(sdk)
servicer = sdk._PolicyAnalyzerServicer("probe", "0.0.1", list(ALL_POLICIES), EnforcementLevel.ADVISORY)
stacks = [case[2] for case in STACK_CASES] + [UNKNOWN_RESOURCES, synthetic_stack(200)]
def wire(r):
    deps = {{k: analyzer_pb2.AnalyzerPropertyDependencies(urns=v) for k, v in r.property_dependencies.items()}}
    return analyzer_pb2.AnalyzerResource(type=r.type, properties=r.properties, urn=r.urn, name=r.name,
        options=_options(r), provider=PROVIDER, parent=r.parent, dependencies=r.dependencies, propertyDependencies=deps)
requests = [analyzer_pb2.AnalyzeStackRequest(resources=[wire(r) for r in stack]) for stack in stacks]
analyses = [analyzer_pb2.AnalyzeRequest(type=r.type, properties=r.properties, urn=r.urn, name=r.name,
    options=_options(r), provider=PROVIDER) for stack in stacks for r in stack]
gc.collect()
gc.disable()
found = sum(len(servicer.AnalyzeStack(q, None).diagnostics) for q in requests)
found += sum(len(servicer.Analyze(q, None).diagnostics) for q in analyses)
print(found, gc.collect())
"""


def test_a_call_leaves_no_cyclic_garbage():
    """Every stack case, the unknown-value resources and a synthetic mix, through both handlers with the
    collector off: a collection afterwards finds nothing unreachable (in a fresh interpreter, so nothing
    else in the process made garbage)."""
    probe = CYCLE_PROBE.format(repo=str(REPO), policies=str(REPO / "policies"), tests=str(REPO / "tests"))
    proc = subprocess.run([sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    diagnostics, unreachable = map(int, proc.stdout.split())
    assert diagnostics > 100 and unreachable == 0
