"""The pack's speed layer (policies/starter_policies/request_cache.py) keeps the promises its docstring makes,
each seen from outside by counting the SDK's own steps:

- within one Analyze/AnalyzeStack call each message is deserialised once by identity (an equal copy is another
  message; extra arguments bypass the cache), the cache holds its keys for the call and is gone after it;
- a provider is built once per distinct serialised content, in a process-wide LRU of PROVIDER_CACHE_SIZE;
- the policy list is gated on the request: Analyze runs the untyped policies and those declaring the request's
  type, AnalyzeStack skips the stack policies whose types the stack does not hold;
- AnalyzeStack builds the stack's resources once per call, linked as the SDK links them, shared by every stack
  policy;
- the garbage collector is paused while a call runs and restored after; a call's objects form no reference
  cycles, so reference counting frees them all;
- ``install`` patches only a known SDK release with the internals it wraps (otherwise one stderr line and the
  SDK untouched), keeps every patched step unwrappable to the SDK's own, and is idempotent.

The SDK-level tests install the patch on a private copy of ``pulumi_policy.policy`` (the process's SDK stays
as it is), with the SDK's steps wrapped in counters before the patch goes in."""

from __future__ import annotations

import gc
import importlib.util
import inspect
import subprocess
import sys
import weakref
from collections.abc import Callable, Iterator
from types import ModuleType, SimpleNamespace
from typing import Any

import pytest
from conftest import REPO
from google.protobuf import json_format, struct_pb2
from pulumi.runtime.proto import analyzer_pb2
from pulumi_policy import policy as process_sdk
from starter_policies import request_cache

BUCKET, KEY, INSTANCE = "aws:s3/bucket:Bucket", "aws:kms/key:Key", "aws:ec2/instance:Instance"


@pytest.fixture
def collector() -> Iterator[None]:
    """Whatever a test does to the collector, the session gets it back as it was."""
    was = gc.isenabled()
    yield
    (gc.enable if was else gc.disable)()


class _Request:
    type = "aws:s3/bucket:Bucket"
    resources: tuple[object, ...] = ()


def in_call(body: Callable[[], Any], request: Any = None, typed: bool = True) -> Any:
    """``body()`` run as the servicer's Analyze (``typed``) or AnalyzeStack would run it: inside the call's cache."""
    return request_cache._per_call(lambda _self, _request, _context: body(), typed=typed)(None, request or _Request(), None)


# --- memoisation by identity within a call ----------------------------------------------------------------


class _Value:
    """A message stand-in: equal by content, distinct by identity, weakly referenceable."""

    def __init__(self, content: str) -> None:
        self.content = content

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Value) and other.content == self.content

    def __hash__(self) -> int:
        return hash(self.content)


class _Steps:
    """One memoised step of each kind over a counting builder: ``built`` records (id of the value, extra args)
    per real build; a result names the id it was built from (and holds no reference to the value)."""

    def __init__(self, kind: str) -> None:
        self.built: list[tuple[int, tuple[Any, ...], dict[str, Any]]] = []
        built = self.built  # the closure holds the list, not self: no cycle

        def build(value: Any, *args: Any, **kwargs: Any) -> list[Any]:
            built.append((id(value), args, kwargs))
            return [id(value), args, kwargs]

        if kind == "function":
            self.step = request_cache._memoised(build)
        else:
            method = request_cache._memoised_method(lambda _self, request: build(request))
            self.step = lambda value: method(None, value)


KINDS = ["function", "method"]  # deserialisation steps (_memoised) and servicer methods of a request (_memoised_method)


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("inside", "passed", "builds"),
    [
        (True, "aa", 1),  # the same message twice in a call: built once, the second read hits
        (True, "ab", 2),  # an equal copy is another message: built again
        (True, "aab", 2),
        (False, "aa", 2),  # outside a call nothing is cached
    ],
    ids=["same-object-hits", "equal-copy-misses", "mixed", "outside-a-call"],
)
def test_a_step_builds_each_message_once_per_call(kind, inside, passed, builds):
    steps = _Steps(kind)
    values = {"a": _Value("x"), "b": _Value("x")}

    def reads() -> list[Any]:
        return [steps.step(values[name]) for name in passed]

    results = in_call(reads) if inside else reads()
    assert len(steps.built) == builds
    assert [r[0] for r in results] == [id(values[name]) for name in passed]  # each read gets its own message's value
    assert len({id(r) for r in results}) == builds  # a hit returns the value built for that message


@pytest.mark.parametrize(
    ("extra", "kwargs"),
    [((True,), {}), ((), {"keep_secrets": True}), ((True,), {"keep_secrets": True})],
    ids=["args", "kwargs", "both"],
)
def test_extra_arguments_bypass_the_cache(extra, kwargs):
    """The SDK's Remediate deserialises with a second argument: such a read is its own, passed on whole."""
    steps = _Steps("function")
    value = _Value("x")
    in_call(lambda: [steps.step(value, *extra, **kwargs) for _ in range(2)] + [steps.step(value), steps.step(value)])
    assert steps.built == [(id(value), extra, kwargs)] * 2 + [(id(value), (), {})]


@pytest.mark.parametrize("kind", KINDS)
def test_an_identity_collision_cannot_return_another_messages_value(kind, monkeypatch):
    """A hit requires the cached key to be the very message: with every id colliding, no read gets another's."""
    monkeypatch.setattr(request_cache, "id", lambda _value: 0, raising=False)
    steps = _Steps(kind)
    a, b = _Value("x"), _Value("y")
    results = in_call(lambda: [steps.step(v) for v in (a, b, a)])
    assert len(steps.built) == 3 and [r[0] for r in results] == [id(a), id(b), id(a)]


@pytest.mark.parametrize("kind", KINDS)
def test_the_cache_keeps_its_keys_for_the_call_and_nothing_after(kind):
    """Holding the key keeps its id from being reused during the call; after the call nothing is kept alive."""
    steps = _Steps(kind)
    refs: list[weakref.ref[_Value]] = []

    def read_and_forget() -> bool:
        value = _Value("x")
        refs.append(weakref.ref(value))
        steps.step(value)
        del value
        return refs[0]() is not None

    assert in_call(read_and_forget) is True  # held by the call's cache
    assert refs[0]() is None  # gone with it


def test_a_step_outside_a_call_after_a_failed_call_is_uncached():
    steps = _Steps("function")
    value = _Value("x")

    def fails() -> None:
        steps.step(value)
        raise RuntimeError("rule crashed")

    with pytest.raises(RuntimeError):
        in_call(fails)
    steps.step(value)
    assert len(steps.built) == 2


# --- providers: built once per distinct content -------------------------------------------------------------


def struct(values: dict[str, Any]) -> struct_pb2.Struct:
    """A Struct whose map entries are inserted in ``values``' order."""
    s = struct_pb2.Struct()
    for k, v in values.items():
        s[k] = v
    return s


SETTINGS = {f"setting{i}": f"value{i}" for i in range(50)}  # enough entries that insertion order shows in the bytes


def with_provider(properties: dict[str, Any] | None, type_: str = BUCKET) -> analyzer_pb2.AnalyzeRequest:
    """An Analyze request carrying its own copy of a provider (as every request does), or none."""
    if properties is None:
        return analyzer_pb2.AnalyzeRequest(type=type_)
    provider = analyzer_pb2.AnalyzerProviderResource(
        type="pulumi:providers:aws",
        urn="urn:pulumi:test::starter::pulumi:providers:aws::default",
        name="default",
        properties=struct(properties),
    )
    return analyzer_pb2.AnalyzeRequest(type=type_, provider=provider)


class _Providers:
    """The provider step over a counting builder (one process-wide cache per wrapped method)."""

    def __init__(self) -> None:
        self.built: list[Any] = []
        built = self.built  # the closure holds the list, not self: no cycle keeps the messages to exit

        def build(_self: object, request: Any) -> object:
            built.append(request)
            return object()

        self.step = request_cache._provider_by_content(build)

    def get(self, request: Any) -> object:
        return self.step(None, request)


@pytest.mark.parametrize(
    ("requests", "distinct"),
    [
        ([with_provider({"region": "eu-west-1"}), with_provider({"region": "eu-west-1"})], 1),
        ([with_provider({"region": "eu-west-1"}), with_provider({"region": "us-east-1"})], 2),
        ([with_provider(SETTINGS), with_provider(dict(reversed(SETTINGS.items())))], 1),
        ([with_provider(None), with_provider(None)], 2),  # no provider field: the method answers each time
    ],
    ids=["one-content-two-copies", "two-contents", "same-content-other-insertion-order", "no-provider"],
)
def test_a_provider_is_built_once_per_distinct_content(requests, distinct):
    providers = _Providers()
    got = [providers.get(r) for r in requests]
    assert providers.built == requests[:distinct] if distinct == 1 else providers.built == requests
    assert len({id(g) for g in got}) == distinct


def test_the_provider_cache_holds_the_most_recently_used():
    size = request_cache.PROVIDER_CACHE_SIZE
    requests = [with_provider({"region": f"region-{i}"}) for i in range(size + 1)]
    providers = _Providers()
    first = [providers.get(r) for r in requests[:size]]
    assert [providers.get(r) for r in requests[:size]] == first and len(providers.built) == size  # all held
    providers.get(requests[0])  # used again: now the most recent
    providers.get(requests[size])  # one more than it holds: the least recently used (requests[1]) goes
    assert len(providers.built) == size + 1
    assert providers.get(requests[0]) is first[0] and len(providers.built) == size + 1  # the re-used one stayed
    providers.get(requests[size])
    assert len(providers.built) == size + 1  # so did the newest
    providers.get(requests[1])
    assert providers.built[-1] is requests[1] and len(providers.built) == size + 2  # the evicted one is built again


# --- the type gate -------------------------------------------------------------------------------------------

# name, resource_types (Analyze), stack_resource_types (AnalyzeStack); None: not declared
GATED = [
    ("plain", None, None),
    ("bucket", {BUCKET}, None),
    ("bucket-or-key", {BUCKET, KEY}, None),
    ("instance", {INSTANCE}, None),
    ("stack-bucket", None, {BUCKET}),
    ("stack-instance", None, {INSTANCE}),
    ("both-instance", {INSTANCE}, {INSTANCE}),
]


def gated_policies() -> request_cache._GatedPolicies:
    policies = []
    for name, types, stack_types in GATED:
        p = SimpleNamespace(name=name)
        if types is not None:
            p.resource_types = frozenset(types)
        if stack_types is not None:
            p.stack_resource_types = frozenset(stack_types)
        policies.append(p)
    return request_cache._GatedPolicies(policies)


def stack_of(*types: str) -> SimpleNamespace:
    return SimpleNamespace(resources=[SimpleNamespace(type=t) for t in types])


@pytest.mark.parametrize(
    ("typed", "request_", "runs"),
    [
        (True, SimpleNamespace(type=BUCKET), ["plain", "bucket", "bucket-or-key", "stack-bucket", "stack-instance"]),
        (True, SimpleNamespace(type=KEY), ["plain", "bucket-or-key", "stack-bucket", "stack-instance"]),
        (True, SimpleNamespace(type="aws:sns/topic:Topic"), ["plain", "stack-bucket", "stack-instance"]),
        (False, stack_of(BUCKET, KEY), ["plain", "bucket", "bucket-or-key", "instance", "stack-bucket"]),
        (False, stack_of(INSTANCE), ["plain", "bucket", "bucket-or-key", "instance", "stack-instance", "both-instance"]),
        (False, stack_of(), ["plain", "bucket", "bucket-or-key", "instance"]),
    ],
    ids=["analyze-bucket", "analyze-key", "analyze-undeclared-type", "stack-buckets-keys", "stack-instances", "stack-empty"],
)
def test_a_call_sees_only_the_policies_that_judge_its_types(typed, request_, runs):
    """Analyze: the untyped policies and those declaring the request's type; AnalyzeStack: all but the stack
    policies none of whose types the stack holds. Before and after the call: the whole list, in order."""
    policies = gated_policies()
    everything = [name for name, *_ in GATED]
    assert [p.name for p in policies] == everything
    assert in_call(lambda: [p.name for p in policies], request_, typed=typed) == runs
    assert [p.name for p in policies] == everything


# --- the patch on a private copy of the SDK -------------------------------------------------------------------


def private_sdk() -> ModuleType:
    """A fresh ``pulumi_policy.policy`` module (found by name, run again into a new module object) with its own
    classes and globals: patching it touches nothing else."""
    spec = importlib.util.find_spec(process_sdk.__name__)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def counting(fn: Callable[..., Any], counts: dict[str, int], name: str) -> Callable[..., Any]:
    """``fn`` counting its calls in ``counts[name]`` (no ``__wrapped__``: unwrapping the patch stops here). It
    keeps no argument: the private SDK's classes are cyclic garbage after a test, and protobuf containers that
    such garbage kept alive until interpreter exit crash the exit (upb's module state is gone by then)."""

    def counted(*args: Any) -> Any:
        counts[name] += 1
        return fn(*args)

    return counted


COUNTED_METHODS = ("_get_resource_options", "_get_provider_resource")


class _Patched:
    """A private SDK with counters under the patch: deserialize_properties and the two request methods."""

    def __init__(self) -> None:
        self.sdk = sdk = private_sdk()
        self.calls = dict.fromkeys(("deserialize_properties", *COUNTED_METHODS), 0)
        sdk.deserialize_properties = counting(sdk.deserialize_properties, self.calls, "deserialize_properties")
        servicer = sdk._PolicyAnalyzerServicer
        for name in COUNTED_METHODS:
            setattr(servicer, name, counting(getattr(servicer, name), self.calls, name))
        assert request_cache.install(sdk) is True

    def counts(self) -> dict[str, int]:
        return dict(self.calls)

    def servicer(self, policies: list[Any]) -> Any:
        return self.sdk._PolicyAnalyzerServicer("probe", "0.0.1", policies, self.sdk.EnforcementLevel.ADVISORY)

    def resource_policy(self, name: str, seen: list[tuple[str, Any]], types: set[str] | None = None) -> Any:
        def validate(args: Any, _report: Any) -> None:
            seen.append((name, args.props))

        policy = self.sdk.ResourceValidationPolicy(name, name, validate)
        if types is not None:
            policy.resource_types = frozenset(types)
        return policy

    def stack_policy(self, name: str, seen: list[tuple[str, Any]], types: set[str] | None = None) -> Any:
        def validate(args: Any, _report: Any) -> None:
            seen.append((name, args.resources))

        policy = self.sdk.StackValidationPolicy(name, name, validate)
        if types is not None:
            policy.stack_resource_types = frozenset(types)
        return policy


@pytest.fixture
def patched() -> _Patched:
    return _Patched()


def analyze_request(props: dict[str, Any], type_: str = BUCKET) -> analyzer_pb2.AnalyzeRequest:
    request = with_provider({"region": "eu-west-1"}, type_)
    request.properties.CopyFrom(struct(props))
    request.urn, request.name = f"urn:pulumi:test::starter::{type_}::subject", "subject"
    return request


def test_analyze_deserialises_once_and_runs_only_the_policies_of_its_type(patched):
    seen: list[tuple[str, Any]] = []
    servicer = patched.servicer(
        [
            patched.resource_policy("plain", seen),
            patched.resource_policy("also-plain", seen),
            patched.resource_policy("bucket", seen, {BUCKET}),
            patched.resource_policy("instance", seen, {INSTANCE}),
        ]
    )
    request = analyze_request({"bucketName": "logs"})
    servicer.Analyze(request, None)
    assert [name for name, _ in seen] == ["plain", "also-plain", "bucket"]
    assert all(props is seen[0][1] for _, props in seen) and seen[0][1]["bucketName"] == "logs"  # one value, shared
    # the request's properties and its provider's, once each; options and provider once
    assert patched.counts() == {"deserialize_properties": 2, "_get_resource_options": 1, "_get_provider_resource": 1}
    servicer.Analyze(request, None)  # a new call: a new cache (the provider, by content, is kept)
    assert patched.counts() == {"deserialize_properties": 3, "_get_resource_options": 2, "_get_provider_resource": 1}
    assert seen[3][1] is not seen[0][1]


STACK = "urn:pulumi:test::starter::"


def stack_resource(type_: str, name: str, parent: str = "", dependencies: tuple[str, ...] = (), **links: list[str]) -> Any:
    r = analyzer_pb2.AnalyzerResource(
        type=type_, urn=f"{STACK}{type_}::{name}", name=name, properties=struct({"name": name}),
        parent=parent, dependencies=list(dependencies),
        propertyDependencies={k: analyzer_pb2.AnalyzerPropertyDependencies(urns=v) for k, v in links.items()},
    )  # fmt: skip
    r.provider.CopyFrom(with_provider({"region": "eu-west-1"}).provider)
    return r


VPC, SUBNET, GONE = f"{STACK}aws:ec2/vpc:Vpc::vpc", f"{STACK}aws:ec2/subnet:Subnet::subnet", f"{STACK}aws:x:Y::gone"
STACK_REQUEST = analyzer_pb2.AnalyzeStackRequest(
    resources=[
        stack_resource("aws:ec2/vpc:Vpc", "vpc"),
        stack_resource("aws:ec2/subnet:Subnet", "subnet", VPC, (VPC,), vpcId=[VPC, GONE]),
        stack_resource(BUCKET, "bucket", GONE, (GONE, SUBNET, VPC), policy=[GONE]),
    ]
)


def test_analyze_stack_builds_the_stack_once_and_links_it(patched):
    seen: list[tuple[str, Any]] = []
    servicer = patched.servicer(
        [
            patched.stack_policy("plain", seen),
            patched.stack_policy("subnets", seen, {"aws:ec2/subnet:Subnet", INSTANCE}),
            patched.stack_policy("databases", seen, {"aws:rds/instance:Instance"}),  # none in the stack: skipped
            patched.resource_policy("resource-only", seen),
        ]
    )
    servicer.AnalyzeStack(STACK_REQUEST, None)
    assert [name for name, _ in seen] == ["plain", "subnets"]
    (_, resources), (_, again) = seen
    assert len(again) == 3 and all(a is b for a, b in zip(resources, again, strict=True))  # one build, shared
    # three resources' properties and one provider's (one content), whatever the number of stack policies
    assert patched.counts() == {"deserialize_properties": 4, "_get_resource_options": 3, "_get_provider_resource": 1}
    vpc, subnet, bucket = resources
    assert [(r.resource_type, r.name, r.urn, dict(r.props)) for r in resources] == [
        (q.type, q.name, q.urn, {"name": q.name}) for q in STACK_REQUEST.resources
    ]  # request order
    assert vpc.parent is None and vpc.dependencies == [] and vpc.property_dependencies == {}
    assert subnet.parent is vpc and subnet.dependencies == [vpc] and subnet.property_dependencies == {"vpcId": [vpc]}
    assert bucket.parent is None and bucket.property_dependencies == {"policy": []}  # unknown URNs dropped
    assert len(bucket.dependencies) == 2 and bucket.dependencies[0] is subnet and bucket.dependencies[1] is vpc
    assert subnet.dependencies[0] is vpc and subnet.property_dependencies["vpcId"][0] is vpc
    assert vpc.provider is subnet.provider is bucket.provider and vpc.provider.props["region"] == "eu-west-1"


def test_analyze_stack_builds_anew_per_call_and_keeps_nothing(patched):
    refs: list[weakref.ref[Any]] = []
    stacks: list[int] = []

    def validate(args: Any, _report: Any) -> None:
        refs.append(weakref.ref(args.resources[0]))
        stacks.append(id(args.resources))

    servicer = patched.servicer([patched.sdk.StackValidationPolicy("probe", "probe", validate)])
    servicer.AnalyzeStack(STACK_REQUEST, None)
    assert refs[0]() is None  # nothing of the call outlives it
    servicer.AnalyzeStack(STACK_REQUEST, None)
    assert patched.counts()["_get_resource_options"] == 6  # the second call built its own stack
    assert patched.sdk.StackValidationArgs(["mine"]).resources == ["mine"]  # outside a call: the caller's list


def test_a_failing_stack_policy_leaves_no_state(patched):
    def fails(_args: Any, _report: Any) -> None:
        raise RuntimeError("rule crashed")

    servicer = patched.servicer([patched.sdk.StackValidationPolicy("fails", "fails", fails)])
    with pytest.raises(RuntimeError, match="rule crashed"):
        servicer.AnalyzeStack(STACK_REQUEST, None)
    assert patched.sdk.StackValidationArgs(["mine"]).resources == ["mine"]
    value = struct_pb2.Struct()
    patched.sdk.deserialize_properties(value)
    patched.sdk.deserialize_properties(value)
    assert patched.counts()["deserialize_properties"] == 3 + 1 + 2  # the stack, its provider, then uncached reads


# --- install ------------------------------------------------------------------------------------------------

# where each patched step lives: (owner, attribute); owner "" is the SDK module, "json_format" its json_format
PATCHED_STEPS = [
    ("json_format", "MessageToDict"),
    ("", "deserialize_properties"),
    ("", "unknown_checking_proxy"),
    ("_PolicyAnalyzerServicer", "Analyze"),
    ("_PolicyAnalyzerServicer", "AnalyzeStack"),
    ("_PolicyAnalyzerServicer", "_get_provider_resource"),
    ("_PolicyAnalyzerServicer", "_get_resource_options"),
    ("_PolicyAnalyzerServicer", "__init__"),
]


def step_of(sdk: ModuleType, owner: str, attribute: str) -> Any:
    return getattr(getattr(sdk, owner) if owner else sdk, attribute)


@pytest.mark.parametrize(("owner", "attribute"), PATCHED_STEPS, ids=[a for _, a in PATCHED_STEPS])
def test_each_patched_step_unwraps_to_the_sdks_own(owner, attribute):
    """inspect.unwrap reaches the SDK's function through every layer (``_stack_resources`` relies on it to
    build without the call cache); the name stays; google.protobuf.json_format itself is left alone."""
    sdk = private_sdk()
    before = step_of(sdk, owner, attribute)
    assert request_cache.install(sdk) is True
    after = step_of(sdk, owner, attribute)
    assert after is not before and inspect.unwrap(after) is before and after.__name__ == before.__name__
    assert json_format.MessageToDict is step_of(sdk, "json_format", "MessageToDict").__wrapped__


def test_the_sdks_json_format_keeps_every_function():
    sdk = private_sdk()
    assert request_cache.install(sdk) is True
    names = [k for k in dir(json_format) if not k.startswith("__") and k != "MessageToDict"]
    assert "ParseDict" in names and all(getattr(sdk.json_format, k) is getattr(json_format, k) for k in names)


def test_sdk_version_is_the_installed_distributions_or_none(monkeypatch):
    assert request_cache.sdk_version() == importlib.metadata.version("pulumi-policy")
    monkeypatch.setattr(request_cache, "SDK_DISTRIBUTION", "no-such-distribution-here")
    assert request_cache.sdk_version() is None


def snapshot(sdk: ModuleType) -> dict[str, dict[str, Any]]:
    servicer = getattr(sdk, "_PolicyAnalyzerServicer", None)
    return {"module": dict(vars(sdk)), "servicer": dict(vars(servicer)) if servicer else {}}


def assert_untouched(sdk: ModuleType, before: dict[str, dict[str, Any]]) -> None:
    after = snapshot(sdk)
    for part, names in before.items():
        assert after[part].keys() == names.keys() and all(after[part][k] is v for k, v in names.items()), part


@pytest.mark.parametrize(
    ("version", "known", "notice"),
    [
        ("9.99.0", {"1.21.0"}, "pulumi-policy 9.99.0 is not a release this patch knows (1.21.0)"),
        ("1.22.0", {"1.21.0", "1.20.0"}, "pulumi-policy 1.22.0 is not a release this patch knows (1.20.0, 1.21.0)"),
        (None, {"1.21.0"}, "pulumi-policy None is not a release this patch knows (1.21.0)"),  # no metadata
    ],
    ids=["unknown", "names-every-known-one", "no-distribution"],
)
def test_an_unknown_release_is_left_alone_with_one_line(version, known, notice, monkeypatch, capsys):
    monkeypatch.setattr(request_cache, "KNOWN_SDK_VERSIONS", frozenset(known))
    if version is None:
        monkeypatch.setattr(request_cache, "SDK_DISTRIBUTION", "no-such-distribution-here")
    sdk = private_sdk()
    before = snapshot(sdk)
    assert request_cache.install(sdk, version) is False
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1 and notice in lines[0] and "running the plain pulumi-policy SDK" in lines[0], lines
    assert_untouched(sdk, before)


# what an SDK refactor could leave: a module name gone, a method gone or no longer callable
MISSING = [
    *[
        ("module", n, "deleted")
        for n in (
            "_PolicyAnalyzerServicer",
            "json_format",
            "deserialize_properties",
            "unknown_checking_proxy",
            "PolicyResource",
            "StackValidationArgs",
        )
    ],
    *[
        ("servicer", m, "not-callable")
        for m in ("Analyze", "AnalyzeStack", "_get_provider_resource", "_get_resource_options")
    ],
    ("servicer", "_get_provider_resource", "deleted"),  # Analyze/AnalyzeStack would fall back to the gRPC base's stubs
]


@pytest.mark.parametrize(("where", "name", "how"), MISSING, ids=[f"{n}-{how}" for _, n, how in MISSING])
def test_missing_internals_leave_the_sdk_alone_with_one_line(where, name, how, capsys):
    sdk = private_sdk()
    owner = sdk if where == "module" else sdk._PolicyAnalyzerServicer
    if how == "deleted":
        delattr(owner, name)
    else:
        setattr(owner, name, "not a method")
    before = snapshot(sdk)
    assert request_cache.install(sdk, "1.21.0") is False
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1 and "pulumi-policy 1.21.0 does not have the internals this patch wraps" in lines[0], lines
    assert_untouched(sdk, before)


def test_a_known_release_is_patched_once_silently(capsys):
    sdk = private_sdk()
    assert request_cache.install(sdk) is True
    patched = snapshot(sdk)
    assert request_cache.install(sdk) is False  # idempotent
    assert capsys.readouterr().err == ""
    assert_untouched(sdk, patched)


# --- the garbage collector ----------------------------------------------------------------------------------


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
