"""Deserialise each message once per Analyze/AnalyzeStack call.

pulumi-policy 1.21 turns a resource's property Struct (and its provider's) into Python values again for every
policy it runs: with two dozen rules, most of the pack's time went there rather than into the rules
(`bench/policy_pack.py` measures it). AnalyzeStack does the same for every resource and every stack policy.
Within one call the request does not change, so this module memoises the three pure steps the SDK applies
(``json_format.MessageToDict``, ``deserialize_properties``, ``unknown_checking_proxy``) by object identity,
and builds each distinct provider once (every resource carries its own copy of its provider). It also runs,
for each Analyze call, only the policies that declare the request's resource type (``TypedResourcePolicy``),
instead of every resource policy of the pack.

AnalyzeStack also builds the stack's resources (``PolicyResource`` objects wired to their parents and
dependencies) once per call and hands that one list to every stack policy, where the SDK rebuilds all of them
for each stack policy it runs: at 10,000 resources and nine stack policies that rebuild was most of the call's
time (``_shared_stack``; the SDK is given a request with no resources and ``StackValidationArgs`` gets the
shared list instead).

Within a call the cyclic garbage collector is paused (``_CollectorPause``): an AnalyzeStack call holds every
resource of the stack and its deserialised values for the whole call, so the live heap grows with the stack
and each automatic full collection rescans all of it. At 10,000 resources that made AnalyzeStack's time grow
about 20x for 10x the resources, half of it in full collections (none run at 1,000).
The call's objects form no reference cycles (rules raise their preview errors through ``common.preview_error``
for that; tests/test_policy_request_cache_gc.py checks it), so reference counting frees them when the call
returns; the collector then resumes as it was.

Safety: the cache exists only while an Analyze/AnalyzeStack call runs on the current thread (the server
handles calls on a thread pool), it holds a strong reference to each key object so an id cannot be reused,
and it is dropped when the call returns. Rules only read their properties, so sharing one deserialised
value between policies is safe.

The patch is explicit and gated: it reaches into private pulumi-policy internals (the servicer class, its
name-mangled policy list), so ``install`` applies it only to the SDK releases in ``KNOWN_SDK_VERSIONS``, checked
against the installed distribution's version. For any other release (or when the internals are not as expected)
it changes nothing, prints one notice line on stderr, and the pack runs at the plain SDK's speed with the same
verdicts. After upgrading pulumi-policy, run ``bench/policy_pack.py`` and the pack tests, then add the version.
"""

from __future__ import annotations

import gc
import importlib.metadata
import sys
import threading
from collections import OrderedDict
from collections.abc import Callable
from functools import wraps
from inspect import unwrap
from types import ModuleType, SimpleNamespace
from typing import Any

_local = threading.local()
PROVIDER_CACHE_SIZE = 32
SDK_DISTRIBUTION = "pulumi-policy"
KNOWN_SDK_VERSIONS = frozenset({"1.21.0"})
"""pulumi-policy releases whose internals this module was checked against (policies/requirements.txt pins one)."""
_PATCHED = "_starter_cached"


def sdk_version() -> str | None:
    """The installed pulumi-policy release, or None when its distribution metadata is missing."""
    try:
        return importlib.metadata.version(SDK_DISTRIBUTION)
    except importlib.metadata.PackageNotFoundError:
        return None


def _notice(reason: str) -> bool:
    print(
        f"starter_policies.request_cache: {reason}; running the plain pulumi-policy SDK (slower, same verdicts)",
        file=sys.stderr,
    )
    return False


def _memoised(fn: Callable[..., Any]) -> Callable[..., Any]:
    """A pure one-argument function of the SDK, memoised by argument identity within the current call."""

    @wraps(fn)
    def wrapper(value: Any, *args: Any, **kwargs: Any) -> Any:
        cache = _local.__dict__.get("cache")
        if cache is None or args or kwargs:
            return fn(value, *args, **kwargs)
        slot = (fn, id(value))
        hit = cache.get(slot)
        if hit is not None and hit[0] is value:
            return hit[1]
        result = fn(value)
        cache[slot] = (value, result)  # holding the value keeps its id from being reused during the call
        return result

    return wrapper


def _memoised_method(method: Callable[..., Any]) -> Callable[..., Any]:
    """A servicer method of one request (its provider, its options), built once per request."""

    @wraps(method)
    def wrapper(self: Any, request: Any) -> Any:
        cache = _local.__dict__.get("cache")
        if cache is None:
            return method(self, request)
        slot = (method, id(request))
        hit = cache.get(slot)
        if hit is not None and hit[0] is request:
            return hit[1]
        result = method(self, request)
        cache[slot] = (request, result)
        return result

    return wrapper


def _provider_by_content(method: Callable[..., Any]) -> Callable[..., Any]:
    """The provider a request names, built once per distinct provider. Every resource of an AnalyzeStack
    request (and every Analyze request) carries its own copy of the same provider message, so the key is the
    message's serialised content; a handful of providers is the norm, so the cache is small and process-wide."""
    built: OrderedDict[bytes, Any] = OrderedDict()
    lock = threading.Lock()

    @wraps(method)
    def wrapper(self: Any, request: Any) -> Any:
        if not request.HasField("provider"):
            return method(self, request)
        key = request.provider.SerializeToString(deterministic=True)
        with lock:
            if key in built:
                built.move_to_end(key)
                return built[key]
        result = method(self, request)
        with lock:
            built[key] = result
            while len(built) > PROVIDER_CACHE_SIZE:
                built.popitem(last=False)
        return result

    return wrapper


class _CollectorPause:
    """Pauses automatic garbage collection while at least one call runs (the server runs calls on a thread
    pool, so calls may overlap): the first call in turns the collector off, the last one out restores the
    state it found. A host that had turned the collector off keeps it off."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._running = 0
        self._resume = False

    def __enter__(self) -> None:
        with self._lock:
            if self._running == 0:
                self._resume = gc.isenabled()
                gc.disable()
            self._running += 1

    def __exit__(self, *_: object) -> None:
        with self._lock:
            self._running -= 1
            if self._running == 0 and self._resume:
                gc.enable()


_collector_pause = _CollectorPause()


def _per_call(method: Callable[..., Any], typed: bool) -> Callable[..., Any]:
    """Give the call its own cache (and, for Analyze, the resource type the policy list is gated on; for
    AnalyzeStack, the set of resource types the stack holds), with the garbage collector paused."""

    @wraps(method)
    def wrapper(self: Any, request: Any, context: Any) -> Any:
        with _collector_pause:
            _local.cache, _local.type = {}, (request.type if typed else None)
            _local.stack_types = None if typed else frozenset(r.type for r in request.resources)
            try:
                return method(self, request, context)
            finally:
                _local.cache, _local.type, _local.stack_types = None, None, None

    return wrapper


class _GatedPolicies(list[Any]):
    """The servicer's policy list. While an Analyze call runs it yields only the policies that judge the
    request's resource type: those without a ``resource_types`` declaration, and those that declare it.
    While an AnalyzeStack call runs it skips the policies that declare ``stack_resource_types`` none of
    which the stack holds (the SDK rebuilds every resource for every stack policy, so an idle one is not
    free). Everywhere else (GetAnalyzerInfo, Configure) it is the whole list."""

    def __iter__(self) -> Any:
        current = _local.__dict__.get("type")
        if current is None:
            present = _local.__dict__.get("stack_types")
            if present is None:
                return super().__iter__()
            return (
                p
                for p in super().__iter__()
                if getattr(p, "stack_resource_types", None) is None or not present.isdisjoint(p.stack_resource_types)
            )
        return (p for p in super().__iter__() if getattr(p, "resource_types", None) is None or current in p.resource_types)


_NO_RESOURCES = SimpleNamespace(resources=())


def _stack_resources(sdk: ModuleType, servicer: Any, request: Any) -> list[Any]:
    """The request's resources as the SDK's AnalyzeStack builds them for each stack policy (pulumi-policy
    1.21.0, ``policy.py``): properties through the SDK's (memoised) steps, then parent, dependencies and
    property dependencies linked to the resource objects of the same stack, in request order."""
    # Each value is built once here, so the unmemoised steps: the call's cache would only keep the
    # intermediate dicts alive.
    to_dict, deserialize = unwrap(sdk.json_format.MessageToDict), unwrap(sdk.deserialize_properties)
    proxy = unwrap(sdk.unknown_checking_proxy)
    built = []
    for r in request.resources:
        props = proxy(deserialize(to_dict(r.properties)))
        opts, provider = servicer._get_resource_options(r), servicer._get_provider_resource(r)
        resource = sdk.PolicyResource(r.type, props, r.urn, r.name, opts, provider, None, [], {})
        links = {k: list(v.urns) for k, v in r.propertyDependencies.items()}
        built.append((resource, r.parent, list(r.dependencies), links))
    by_urn = {resource.urn: resource for resource, *_ in built}
    for resource, parent, dependencies, links in built:
        if parent in by_urn:
            resource.parent = by_urn[parent]
        resource.dependencies.extend(by_urn[d] for d in dependencies if d in by_urn)
        for prop, urns in links.items():
            resource.property_dependencies[prop] = [by_urn[d] for d in urns if d in by_urn]
    return [resource for resource, *_ in built]


def _shared_stack(sdk: ModuleType, method: Callable[..., Any]) -> Callable[..., Any]:
    """AnalyzeStack with the stack's resources built once per call, on the first stack policy that runs, and
    shared by all: the SDK method gets a request without resources (so its own per-policy rebuild is empty)
    and its ``StackValidationArgs`` is replaced by one that puts the shared list in. Rules only read them."""
    original_args = sdk.StackValidationArgs

    def stack_args(resources: list[Any], *rest: Any) -> Any:
        pending = _local.__dict__.get("stack_request")
        if pending is None:
            return original_args(resources, *rest)
        if _local.__dict__.get("stack_resources") is None:
            _local.stack_resources = _stack_resources(sdk, *pending)
        return original_args(_local.stack_resources, *rest)

    internals: Any = sdk
    internals.StackValidationArgs = stack_args

    @wraps(method)
    def wrapper(self: Any, request: Any, context: Any) -> Any:
        _local.stack_request, _local.stack_resources = (self, request), None
        try:
            return method(self, _NO_RESOURCES, context)
        finally:
            _local.stack_request, _local.stack_resources = None, None

    return wrapper


def install(sdk: ModuleType, version: str | None = None) -> bool:
    """Memoise within calls of ``sdk`` (the ``pulumi_policy.policy`` module) when ``version`` (default: the
    installed pulumi-policy's) is a known release. Returns whether it applied now; an unknown release or
    unexpected internals leave the SDK as it is, with one notice line on stderr. Idempotent."""
    if getattr(sdk, _PATCHED, False):
        return False
    version = sdk_version() if version is None else version
    if version not in KNOWN_SDK_VERSIONS:
        known = ", ".join(sorted(KNOWN_SDK_VERSIONS))
        return _notice(f"pulumi-policy {version} is not a release this patch knows ({known})")
    servicer = getattr(sdk, "_PolicyAnalyzerServicer", None)
    names = ("json_format", "deserialize_properties", "unknown_checking_proxy", "PolicyResource", "StackValidationArgs")
    methods = ("Analyze", "AnalyzeStack", "_get_provider_resource", "_get_resource_options")
    if (
        servicer is None
        or not all(hasattr(sdk, n) for n in names)
        or not all(callable(getattr(servicer, m, None)) for m in methods)
    ):
        return _notice(f"pulumi-policy {version} does not have the internals this patch wraps")
    json_format = sdk.json_format
    shim = SimpleNamespace(**{k: getattr(json_format, k) for k in dir(json_format) if not k.startswith("__")})
    shim.MessageToDict = _memoised(json_format.MessageToDict)
    internals: Any = sdk  # module attributes of the SDK's own, replaced here: ModuleType types none of them
    internals.json_format = shim
    internals.deserialize_properties = _memoised(sdk.deserialize_properties)
    internals.unknown_checking_proxy = _memoised(sdk.unknown_checking_proxy)
    servicer._get_provider_resource = _memoised_method(_provider_by_content(servicer._get_provider_resource))
    servicer._get_resource_options = _memoised_method(servicer._get_resource_options)
    servicer.Analyze = _per_call(servicer.Analyze, typed=True)
    servicer.AnalyzeStack = _per_call(_shared_stack(sdk, servicer.AnalyzeStack), typed=False)
    attribute = "_PolicyAnalyzerServicer__policies"
    original_init = servicer.__init__

    @wraps(original_init)
    def init(self: Any, *args: Any, **kwargs: Any) -> None:
        original_init(self, *args, **kwargs)
        if isinstance(getattr(self, attribute, None), list):
            setattr(self, attribute, _GatedPolicies(getattr(self, attribute)))

    servicer.__init__ = init
    setattr(sdk, _PATCHED, True)
    return True
