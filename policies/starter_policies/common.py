"""Helpers shared by the rules: safe property access, unknown values, and linking resources to each other
(split S3 settings to their bucket, a load balancer to its log bucket) through property dependencies."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Protocol, TypeVar

from pulumi_policy import (
    Policy,
    PolicyResource,
    ResourceValidationArgs,
    ResourceValidationPolicy,
    StackValidationArgs,
    StackValidationPolicy,
)
from pulumi_policy.proxy import UNKNOWN_STRING_VALUE, UnknownValueError

BUCKET = "aws:s3/bucket:Bucket"
BUCKET_V2 = "aws:s3/bucketV2:BucketV2"
BUCKETS = (BUCKET, BUCKET_V2)
"""Every bucket token: ``BucketV2`` is deprecated in pulumi-aws v7 but still creates a bucket."""
# The same load-balancer resources exist under two tokens.
LOAD_BALANCERS = ("aws:lb/loadBalancer:LoadBalancer", "aws:alb/loadBalancer:LoadBalancer")
LISTENERS = ("aws:lb/listener:Listener", "aws:alb/listener:Listener")
LISTENER_RULES = ("aws:lb/listenerRule:ListenerRule", "aws:alb/listenerRule:ListenerRule")
CLASSIC_LOAD_BALANCER = "aws:elb/loadBalancer:LoadBalancer"
BUCKET_LOGGING = ("aws:s3/bucketLogging:BucketLogging", "aws:s3/bucketLoggingV2:BucketLoggingV2")
T = TypeVar("T")
D = TypeVar("D")  # the fallback of known()/Unseen.judge, typed apart so `[]` or None does not fix the result


class ReportViolation(Protocol):
    """The ``report_violation`` callable the SDK hands a rule. Its own alias (``pulumi_policy.ReportViolation``)
    types ``urn`` as required, but the function it passes defaults it to None (``policy.py``), which the rules use."""

    def __call__(self, message: str, urn: str | None = None) -> None: ...


class TypedResourcePolicy(ResourceValidationPolicy):
    """A resource policy that declares the resource types it judges. Its validate function still checks the
    type itself, so it is correct anywhere; the pack uses the declaration to skip it for other types
    (``request_cache``), which keeps the pack's cost per resource close to the SDK's floor."""

    def __init__(
        self,
        *,
        resource_types: Iterable[str],
        judge: Callable[[ResourceValidationArgs], Problems] | None = None,
        **kwargs: Any,
    ) -> None:
        """``judge`` (instead of ``validate``): a judgement of one resource returning its problems, each reported
        as ``<name>: <problem>.`` (see :func:`validate_with`)."""
        types = frozenset(resource_types)
        if judge is not None:
            kwargs["validate"] = validate_with(types, judge)
        super().__init__(**kwargs)
        self.resource_types = types


class TypedStackPolicy(StackValidationPolicy):
    """A stack policy that declares the resource types it judges (``stack_resource_types``): the pack's request
    cache skips it for a stack that holds none of them (the SDK rebuilds every resource for every stack
    policy, so even an idle one costs a pass over the stack). Without the request cache it runs as usual."""

    def __init__(self, *, stack_resource_types: Iterable[str], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.stack_resource_types = frozenset(stack_resource_types)


class ResourceAndStackPolicy(TypedResourcePolicy, StackValidationPolicy):
    """One rule judged twice under one name: ``validate`` sees each resource alone (Analyze: what a resource's
    own inputs decide, reported as soon as the resource registers) and ``validate_stack`` sees the whole stack
    (AnalyzeStack: state a resource takes from another one, such as an instance from its launch template).
    The SDK runs a policy in Analyze when it is a ResourceValidationPolicy and in AnalyzeStack when it is a
    StackValidationPolicy; this class is both, and dispatches on the arguments it is given.
    ``stack_resource_types`` (default: ``resource_types``) are the types whose presence gives the stack half
    work; the pack's request cache skips the stack half of a stack that holds none of them."""

    def __init__(
        self,
        *,
        name: str,
        description: str,
        resource_types: Iterable[str],
        validate: Callable[[ResourceValidationArgs, ReportViolation], None],
        validate_stack: Callable[[StackValidationArgs, ReportViolation], None],
        stack_resource_types: Iterable[str] | None = None,
        **kwargs: Any,
    ) -> None:
        # Both SDK base classes chain to Policy.__init__ with different positional signatures: call it once.
        Policy.__init__(
            self,
            name,
            description,
            kwargs.pop("enforcement_level", None),
            kwargs.pop("config_schema", None),
            None,
            kwargs.pop("severity", None),
            None,
            kwargs.pop("tags", None),
            kwargs.pop("remediation_steps", None),
            kwargs.pop("url", None),
        )
        if kwargs:
            raise TypeError(f"unexpected arguments {sorted(kwargs)}")
        self.resource_types = frozenset(resource_types)
        # The stack half has nothing to judge unless the stack holds one of these (the pack skips it then).
        self.stack_resource_types = frozenset(stack_resource_types or resource_types)
        self._validate_resource = validate
        self._validate_stack = validate_stack

    # The SDK's alias types report_violation's urn as required; the callable it passes defaults it (ReportViolation).
    def validate(self, args: Any, report_violation: ReportViolation) -> None:  # type: ignore[override]
        if isinstance(args, StackValidationArgs):
            self._validate_stack(args, report_violation)
        else:
            self._validate_resource(args, report_violation)

    def has_validation(self) -> bool:
        return True

    def has_remediation(self) -> bool:
        return False


class Unseen:
    """Values a stack rule could not see during preview, per resource. The rule judges every resource it can,
    then :meth:`raise_if_any` turns the rest into one advisory that names each resource and value (the SDK
    reports an UnknownValueError from a rule as an advisory "can't run policy ... during preview")."""

    def __init__(self) -> None:
        self.found: list[str] = []

    def note(self, resource: PolicyResource, value: str) -> None:
        self.found.append(f"{resource.name} ({resource.resource_type}): {value}")

    def judge(self, resource: PolicyResource, value: str, check: Callable[..., T], default: D) -> T | D:
        """``check()``, or ``default`` after noting ``value`` of ``resource`` as unseen."""
        try:
            return check()
        except UnknownValueError:
            self.note(resource, value)
            return default

    def raise_if_any(self) -> None:
        if self.found:
            raise preview_error("could not see " + "; ".join(self.found) + " (unknown until the update)")


def preview_error(message: str) -> UnknownValueError:
    """The error the runtime reports as an advisory "can't run policy ... during preview: <message>". Raise what
    this returns (``raise preview_error(...)``) rather than an exception held in a local: that local would make
    a reference cycle (frame, exception, traceback, frame) holding everything the call stack held, a whole
    stack's resources in a stack policy, until a garbage collection, which the pack pauses during a call."""
    error = UnknownValueError(UNKNOWN_STRING_VALUE, [])
    error.message = message
    return error


def dig(props: object, *path: str | int) -> Any:
    """``props[a][b]...`` or None when any step is missing (never raises on absent or None values).
    Reading an unknown value still raises UnknownValueError: the policy runtime turns that into an advisory
    "can't run during preview" for a resource policy; stack policies catch it per resource with ``known``."""
    value: Any = props
    for step in path:
        if isinstance(step, int):
            value = value[step] if isinstance(value, Sequence) and not isinstance(value, str) and len(value) > step else None
        else:
            value = value.get(step) if isinstance(value, Mapping) else None
        if value is None:
            return None
    return value


def items(value: Any) -> list[Any]:
    """A list-valued property as a list; absent, None or a non-list is empty."""
    return list(value) if isinstance(value, Sequence) and not isinstance(value, str) else []


# The provider turns a string into a bool the way go-cty's primitive conversion does: exactly "true"/"1" and
# "false"/"0" (anything else is a plan error); launch templates' string-typed flags also come as "True"/"False".
_TRUE_STRINGS = frozenset({"true", "1"})
_FALSE_STRINGS = frozenset({"false", "0"})


def as_bool(value: Any) -> bool | None:
    """The bool the provider would plan for ``value``; None when it is absent, unknown or not a bool spelling.

    The pack's one bool reader: every rule asks it (through ``is_true``/``is_false``) so that an input written
    as ``"1"`` is judged encrypted exactly where the provider would encrypt it."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        spelled = value.strip().lower()
        if spelled in _TRUE_STRINGS:
            return True
        if spelled in _FALSE_STRINGS:
            return False
    return None


def is_true(value: Any) -> bool:
    """True for ``True`` and the strings the provider reads as true (``"true"``, ``"1"``)."""
    return as_bool(value) is True


def is_false(value: Any) -> bool:
    """True for ``False`` and the strings the provider reads as false (``"false"``, ``"0"``); absent is not false."""
    return as_bool(value) is False


def as_int(value: Any) -> int | None:
    """A whole number given as a number or a numeric string (ports, hop limits); None for anything else."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return int(value)
    # One optional sign and decimal digits only: lstrip("-") let "--1" through and isdigit() lets "²", both
    # of which int() refuses, and a rule must never raise on an odd input.
    if isinstance(value, str) and value.strip().removeprefix("-").isdecimal():
        return int(value)
    return None


def known(check: Callable[..., T], default: D) -> T | D:
    """``check()``, or ``default`` when it reads a value that is unknown during preview. Stack policies judge
    each resource this way, so one unknown value skips one resource instead of the whole stack."""
    try:
        return check()
    except UnknownValueError:
        return default


def of_type(resources: Iterable[PolicyResource], *tokens: str) -> list[PolicyResource]:
    return [r for r in resources if r.resource_type in tokens]


def linked_urns(resource: PolicyResource, prop: str, token: str | Iterable[str]) -> set[str]:
    """URNs of resources of ``token`` (one token or several) that ``resource``'s input ``prop`` was computed
    from. ``token`` BUCKET means any bucket token (BucketV2 too)."""
    tokens = BUCKETS if token == BUCKET else (token,) if isinstance(token, str) else tuple(token)
    return {d.urn for d in resource.property_dependencies.get(prop, []) if d.resource_type in tokens}


def linked(resource: PolicyResource, prop: str, tokens: Iterable[str]) -> list[PolicyResource]:
    """Resources of ``tokens`` that ``resource``'s input ``prop`` was computed from."""
    wanted = tuple(tokens)
    return [d for d in resource.property_dependencies.get(prop, []) if d.resource_type in wanted]


def buckets_by_name(resources: Iterable[PolicyResource]) -> dict[str, str]:
    """Bucket name → URN, for buckets whose name is a known input (not autonamed, not unknown)."""
    names = {}
    for b in of_type(resources, *BUCKETS):
        name = known(lambda b=b: b.props.get("bucket"), None)
        if isinstance(name, str):
            names[name] = b.urn
    return names


_S3_ARN_PREFIX = re.compile(r"arn:aws(?:-[a-z]+)*:s3:::")
"""An S3 ARN's fixed part in any partition (``aws``, ``aws-cn``, ``aws-us-gov``, ``aws-iso-b``, ...)."""


def bucket_named(value: Any, names: Mapping[str, str]) -> str | None:
    """The URN of the bucket a name or S3 ARN (any partition) refers to, if the stack declares it by that name."""
    if not isinstance(value, str):
        return None
    prefix = _S3_ARN_PREFIX.match(value)
    return names.get(value[prefix.end() :] if prefix else value)


def bucket_of(resource: PolicyResource, prop: str, names: Mapping[str, str], path: Sequence[str | int] = ()) -> set[str]:
    """The bucket(s) ``resource`` points at through input ``prop``: by property dependency, else by a known name
    (or ARN) at ``prop``/``path``. A hand-written or exported state may have either."""
    owners = linked_urns(resource, prop, BUCKET)
    if not owners:
        urn = bucket_named(known(lambda: dig(resource.props, prop, *path), None), names)
        owners = {urn} if urn else set()
    return owners


def settings_by_bucket(resources: list[PolicyResource], token: str | Iterable[str]) -> dict[str, list[PolicyResource]]:
    """Setting resources of ``token`` (one token, or the current and deprecated ``…V2`` tokens together) keyed
    by the URN of the bucket their ``bucket`` input comes from."""
    names = buckets_by_name(resources)
    tokens = (token,) if isinstance(token, str) else tuple(token)
    found: dict[str, list[PolicyResource]] = defaultdict(list)
    for setting in of_type(resources, *tokens):
        for owner in bucket_of(setting, "bucket", names):
            found[owner].append(setting)
    return found


def log_destinations(resources: list[PolicyResource]) -> set[str]:
    """URNs of buckets that receive load-balancer access logs or S3 server access logs. AWS only delivers
    those to SSE-S3 buckets, so the encryption rule accepts AES256 there."""
    names = buckets_by_name(resources)
    found: set[str] = set()
    for lb in of_type(resources, *LOAD_BALANCERS):
        if known(lambda lb=lb: dig(lb.props, "accessLogs", "enabled"), None) is not False:
            found |= bucket_of(lb, "accessLogs", names, ("bucket",))
    for logging in of_type(resources, *BUCKET_LOGGING):
        found |= bucket_of(logging, "targetBucket", names)
    for bucket in of_type(resources, BUCKET):
        found |= bucket_of(bucket, "logging", names, ("targetBucket",))
    for bucket in of_type(resources, BUCKET_V2):
        found |= bucket_of(bucket, "loggings", names, (0, "targetBucket"))
    return found


def region_of(resource: PolicyResource) -> str | None:
    """The region a resource lives in: its own ``region`` input (pulumi-aws v7) or its provider's."""
    own = known(lambda: resource.props.get("region"), None)
    if isinstance(own, str):
        return own
    provider = resource.provider
    return known(lambda: dig(provider.props, "region"), None) if provider is not None else None


def given(props: Mapping[str, Any] | None, *path: str | int) -> bool:
    """Whether an input that names something (a key ARN, a source ARN) is set: a non-blank value, or a value that
    is unknown during preview because another resource computes it (``key.arn``). Never raises."""
    try:
        value = dig(props, *path)
    except UnknownValueError:
        return True
    return value is not None and value != "" and value is not False


def config_of(args: ResourceValidationArgs | StackValidationArgs) -> dict[str, Any]:
    """A rule's policy config with whole numbers as ints. The CLI sends it as a protobuf Struct, whose numbers
    are all doubles: a schema integer 30 arrives as 30.0, and a message would print "30.0 days" or "[22.0]"."""
    return {key: _whole(value) for key, value in args.get_config().items()}


def _whole(value: Any) -> Any:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, list):
        return [_whole(v) for v in value]
    return value


def customer_managed_key_given(props: Mapping[str, Any] | None, *path: str | int) -> bool:
    """Whether a key input names a customer-managed KMS key: given (see ``given``), and not an AWS-managed alias
    (``alias/aws/<service>``, also inside an alias ARN). A value unknown during preview is computed by a key
    resource of the stack, so it counts as customer-managed."""
    if not given(props, *path):
        return False
    value = known(lambda: dig(props, *path), None)
    return not (isinstance(value, str) and "alias/aws/" in value)


def as_number(value: Any) -> float | None:
    """A numeric input as a number: ints and floats, and the numeric strings Pulumi passes through unchanged
    (``"7"``); anything else is None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.strip())
        except ValueError:
            return None
    return None


Problems = str | list[str] | None


def validate_with(
    types: Iterable[str], judge: Callable[[ResourceValidationArgs], Problems]
) -> Callable[[ResourceValidationArgs, ReportViolation], None]:
    """A resource policy's validate function from a judgement of one resource: it runs only for ``types`` and
    reports each problem the judgement returns (one, a list, or None) as ``<name>: <problem>.``"""
    accepted = frozenset(types)

    def validate(args: ResourceValidationArgs, report: ReportViolation) -> None:
        if args.resource_type not in accepted:
            return
        found = judge(args)
        for problem in [found] if isinstance(found, str) else found or []:
            report(f"{args.name}: {problem}.")

    return validate
