"""The helpers every rule uses (``starter_policies.common``), called directly: reading inputs that may be absent,
odd or unknown in preview, linking a setting or a log destination to its bucket, and the policy classes the rules
are built from. Pure and fast (no pack process): the first judge of common.py's mutants. One case per clause."""

from __future__ import annotations

from typing import Any

import pytest
from pulumi_policy import (
    EnforcementLevel,
    PolicyConfigSchema,
    PolicyProviderResource,
    PolicyResource,
    PolicyResourceOptions,
    ResourceValidationArgs,
    Severity,
    StackValidationArgs,
)
from pulumi_policy.proxy import UNKNOWN_STRING_VALUE, UnknownValueError, unknown_checking_proxy
from starter_policies.common import (
    BUCKET,
    BUCKET_V2,
    ResourceAndStackPolicy,
    TypedResourcePolicy,
    TypedStackPolicy,
    Unseen,
    as_int,
    as_number,
    bucket_named,
    bucket_of,
    buckets_by_name,
    config_of,
    customer_managed_key_given,
    dig,
    given,
    is_true,
    items,
    known,
    linked,
    linked_urns,
    log_destinations,
    of_type,
    preview_error,
    region_of,
    settings_by_bucket,
    validate_with,
)

UNKNOWN = UNKNOWN_STRING_VALUE
LB, ALB = "aws:lb/loadBalancer:LoadBalancer", "aws:alb/loadBalancer:LoadBalancer"
LOGGING, LOGGING_V2 = "aws:s3/bucketLogging:BucketLogging", "aws:s3/bucketLoggingV2:BucketLoggingV2"
VERSIONING, VERSIONING_V2 = "aws:s3/bucketVersioning:BucketVersioning", "aws:s3/bucketVersioningV2:BucketVersioningV2"
KEY = "aws:kms/key:Key"


def res(type_: str, name: str, props: dict[str, Any] | None = None, provider=None, **links: list[PolicyResource]):
    """A resource as a rule sees it: props behind the runtime's unknown-checking proxy, links as dependencies."""
    return PolicyResource(
        type_,
        unknown_checking_proxy(props or {}),
        f"urn:pulumi:dev::p::{type_}::{name}",
        name,
        PolicyResourceOptions(False, [], None, [], None, []),
        provider,
        None,
        [r for rs in links.values() for r in rs],
        dict(links),
    )


def urn(resource: PolicyResource) -> str:
    return resource.urn


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("a", "b"), 1),
        (("a", "c"), None),
        (("l", 0), "x"),
        (("l", 1), None),
        (("l", 2), None),  # any index past the end, not only the first one
        (("s", 0), None),
        (("a", "b", "c"), None),
        (("n", "b"), None),
    ],
)
def test_dig(path, value):
    assert dig({"a": {"b": 1}, "l": ["x"], "s": "str", "n": None}, *path) == value


@pytest.mark.parametrize(
    ("value", "true"),
    [
        (True, True),
        ("true", True),
        ("TRUE", True),
        (False, False),
        ("false", False),
        (1, False),
        ("yes", False),
        (None, False),
    ],
)
def test_is_true(value, true):
    assert is_true(value) is true


@pytest.mark.parametrize(
    ("value", "number"),
    [
        (2, 2),
        (2.0, 2),
        ("2", 2),
        ("-1", -1),
        (" 3", 3),
        ("3.5", None),
        ("x", None),
        (True, None),
        (False, None),
        (None, None),
    ],
)
def test_as_int(value, number):
    assert as_int(value) == number


@pytest.mark.parametrize(
    ("value", "number"),
    [
        (7, 7.0),
        (7.5, 7.5),
        (" 7 ", 7.0),
        ("seven", None),
        (True, None),
        (None, None),
    ],
)
def test_as_number(value, number):
    assert as_number(value) == number


@pytest.mark.parametrize(
    ("props", "set_"),
    [
        ({"k": "arn:key"}, True),
        ({"k": ""}, False),
        ({"k": None}, False),
        ({"k": False}, False),
        ({}, False),
        ({"k": 0}, True),
    ],
)
def test_given(props, set_):
    assert given(props, "k") is set_


@pytest.mark.parametrize(
    ("props", "set_"),
    [
        (unknown_checking_proxy({"k": UNKNOWN}), True),  # computed by another resource (key.arn)
        (None, False),
    ],
    ids=["unknown", "no-props"],
)
def test_given_in_preview(props, set_):
    assert given(props, "k") is set_


@pytest.mark.parametrize(
    ("value", "listed"),
    [(["a", "b"], ["a", "b"]), (("a",), ["a"]), ("ab", []), (None, []), ({"a": 1}, []), (3, [])],
    ids=["list", "tuple", "string", "none", "map", "number"],
)
def test_items(value, listed):
    assert items(value) == listed


@pytest.mark.parametrize(
    ("value", "number"),
    [("--1", None), ("²", None), ("-", None), ("", None), ("12", 12)],
    ids=["two-signs", "superscript-digit", "sign-only", "empty", "plain"],
)
def test_as_int_never_raises_on_odd_numeric_strings(value, number):
    assert as_int(value) == number


def test_known_gives_the_default_only_for_an_unknown_value():
    props = unknown_checking_proxy({"a": UNKNOWN, "b": "x"})
    assert known(lambda: props["a"], "fallback") == "fallback"
    assert known(lambda: props["b"], "fallback") == "x"
    with pytest.raises(KeyError):  # any other error is the rule's own bug: it propagates
        known(lambda: props["c"], "fallback")


def test_unseen_notes_each_resource_and_value_and_raises_them_together():
    first, second = res(BUCKET, "first", {"tags": UNKNOWN}), res(KEY, "second", {"policy": UNKNOWN, "ok": 1})
    unseen = Unseen()
    unseen.raise_if_any()  # nothing noted: nothing raised
    assert unseen.judge(first, "tags", lambda: first.props["tags"], "dflt") == "dflt"
    assert unseen.judge(second, "ok", lambda: second.props["ok"], "dflt") == 1
    assert unseen.judge(second, "policy", lambda: second.props["policy"], None) is None
    with pytest.raises(UnknownValueError) as raised:
        unseen.raise_if_any()
    assert raised.value.message == (
        f"could not see first ({BUCKET}): tags; second ({KEY}): policy (unknown until the update)"
    )


def test_preview_error_carries_its_message():
    error = preview_error("x: y not known yet")
    assert isinstance(error, UnknownValueError) and error.message == "x: y not known yet"


def test_of_type_keeps_the_resources_of_any_token_given():
    a, b, c = res(BUCKET, "a"), res(BUCKET_V2, "b"), res(KEY, "c")
    assert of_type([a, b, c], BUCKET) == [a]
    assert of_type([a, b, c], BUCKET, KEY) == [a, c]
    assert of_type([a, b, c]) == []


def test_linked_reads_the_property_dependencies_of_one_input():
    bucket, bucket_v2, key = res(BUCKET, "b"), res(BUCKET_V2, "b2"), res(KEY, "k")
    setting = res(VERSIONING, "s", bucket=[bucket, bucket_v2, key], other=[bucket])
    # BUCKET means any bucket token; another single token is itself; an iterable is each of its tokens
    assert linked_urns(setting, "bucket", BUCKET) == {bucket.urn, bucket_v2.urn}
    assert linked_urns(setting, "bucket", BUCKET_V2) == {bucket_v2.urn}
    assert linked_urns(setting, "bucket", KEY) == {key.urn}
    assert linked_urns(setting, "bucket", [KEY, BUCKET_V2]) == {key.urn, bucket_v2.urn}
    assert linked_urns(setting, "missing", BUCKET) == set()
    assert linked(setting, "bucket", [KEY, BUCKET_V2]) == [bucket_v2, key]
    assert linked(setting, "other", [KEY]) == []


def test_buckets_by_name_keeps_known_string_names_of_either_bucket_token():
    named = res(BUCKET, "named", {"bucket": "data"})
    named_v2 = res(BUCKET_V2, "named-v2", {"bucket": "logs"})
    resources = [
        named,
        named_v2,
        res(BUCKET, "autonamed"),
        res(BUCKET, "unknown", {"bucket": UNKNOWN}),
        res(BUCKET, "odd", {"bucket": 5}),
        res(KEY, "key", {"bucket": "not-a-bucket"}),
    ]
    assert buckets_by_name(resources) == {"data": named.urn, "logs": named_v2.urn}


@pytest.mark.parametrize(
    ("value", "found"),
    [
        ("data", "urn:data"),
        ("arn:aws:s3:::data", "urn:data"),
        ("arn:aws-cn:s3:::data", "urn:data"),
        ("arn:aws-us-gov:s3:::data", "urn:data"),
        ("arn:aws-iso-b:s3:::data", "urn:data"),
        ("arn:aws:s3:::data/logs", None),  # an object path is the caller's to strip
        ("arn:aws:kms:::data", None),
        ("xarn:aws:s3:::data", None),
        ("other", None),
        (None, None),
        (5, None),
    ],
    ids=[
        "name",
        "arn",
        "arn-cn",
        "arn-gov",
        "arn-iso-b",
        "arn-object",
        "arn-other-service",
        "not-an-arn",
        "undeclared",
        "none",
        "number",
    ],
)
def test_bucket_named(value, found):
    assert bucket_named(value, {"data": "urn:data"}) == found


def test_bucket_of_prefers_the_link_then_the_name_at_the_path():
    data, logs = res(BUCKET, "data", {"bucket": "data"}), res(BUCKET, "logs", {"bucket": "logs"})
    names = buckets_by_name([data, logs])
    by_link = res(LOGGING, "l", {"bucket": "logs"}, bucket=[data])
    assert bucket_of(by_link, "bucket", names) == {data.urn}
    assert bucket_of(res(LOGGING, "l", {"bucket": "arn:aws:s3:::logs"}), "bucket", names) == {logs.urn}
    nested = res(LB, "lb", {"accessLogs": {"bucket": "logs"}})
    assert bucket_of(nested, "accessLogs", names, ("bucket",)) == {logs.urn}
    assert bucket_of(res(LOGGING, "l", {"bucket": UNKNOWN}), "bucket", names) == set()
    assert bucket_of(res(LOGGING, "l", {"bucket": "nobody"}), "bucket", names) == set()


def test_settings_by_bucket_groups_settings_of_one_token_or_several():
    data, logs = res(BUCKET, "data", {"bucket": "data"}), res(BUCKET, "logs")
    linked_setting = res(VERSIONING, "v1", bucket=[logs])
    named_setting = res(VERSIONING, "v2", {"bucket": "data"})
    old_setting = res(VERSIONING_V2, "v3", bucket=[data])
    stray = res(VERSIONING, "v4", {"bucket": "nobody"})
    resources = [data, logs, linked_setting, named_setting, old_setting, stray]
    assert settings_by_bucket(resources, VERSIONING) == {logs.urn: [linked_setting], data.urn: [named_setting]}
    assert settings_by_bucket(resources, (VERSIONING, VERSIONING_V2)) == {
        logs.urn: [linked_setting],
        data.urn: [named_setting, old_setting],
    }


LOG_SOURCES = [
    # (id, a resource that names bucket "logs" as a log destination in its own way, or not; a destination?)
    ("lb-logs-enabled", lambda b: res(LB, "lb", {"accessLogs": {"bucket": "logs", "enabled": True}}), True),
    ("alb-logs-enabled-unset", lambda b: res(ALB, "lb", {"accessLogs": {"bucket": "logs"}}), True),
    ("lb-logs-off", lambda b: res(LB, "lb", {"accessLogs": {"bucket": "logs", "enabled": False}}), False),
    ("lb-logs-enabled-unknown", lambda b: res(LB, "lb", {"accessLogs": {"bucket": "logs", "enabled": UNKNOWN}}), True),
    ("lb-logs-linked", lambda b: res(LB, "lb", {"accessLogs": {"bucket": UNKNOWN}}, accessLogs=[b]), True),
    ("bucket-logging", lambda b: res(LOGGING, "bl", {"targetBucket": "logs"}), True),
    ("bucket-logging-v2-linked", lambda b: res(LOGGING_V2, "bl", {"targetBucket": UNKNOWN}, targetBucket=[b]), True),
    ("bucket-logging-other-input", lambda b: res(LOGGING, "bl", {"bucket": "logs"}), False),
    ("bucket-inline-logging", lambda b: res(BUCKET, "src", {"logging": {"targetBucket": "logs"}}), True),
    ("bucket-v2-inline-loggings", lambda b: res(BUCKET_V2, "src", {"loggings": [{"targetBucket": "logs"}]}), True),
    ("bucket-v2-singular-logging", lambda b: res(BUCKET_V2, "src", {"logging": {"targetBucket": "logs"}}), False),
    ("bucket-plural-loggings", lambda b: res(BUCKET, "src", {"loggings": [{"targetBucket": "logs"}]}), False),
]


@pytest.mark.parametrize(("source", "destination"), [c[1:] for c in LOG_SOURCES], ids=[c[0] for c in LOG_SOURCES])
def test_log_destinations(source, destination):
    logs = res(BUCKET, "logs", {"bucket": "logs"})
    assert log_destinations([logs, source(logs)]) == ({logs.urn} if destination else set())


def provider(props: dict[str, Any]) -> PolicyProviderResource:
    return PolicyProviderResource("pulumi:providers:aws", unknown_checking_proxy(props), "urn:provider", "default")


@pytest.mark.parametrize(
    ("props", "provider_", "region"),
    [
        ({"region": "eu-central-1"}, provider({"region": "eu-west-1"}), "eu-central-1"),
        ({}, provider({"region": "eu-west-1"}), "eu-west-1"),
        ({"region": UNKNOWN}, provider({"region": "eu-west-1"}), "eu-west-1"),
        ({"region": 5}, provider({"region": "eu-west-1"}), "eu-west-1"),
        ({}, None, None),
        ({}, provider({"region": UNKNOWN}), None),
    ],
    ids=["own", "provider", "own-unknown", "own-odd", "no-provider", "provider-unknown"],
)
def test_region_of(props, provider_, region):
    assert region_of(res(BUCKET, "b", props, provider=provider_)) == region


@pytest.mark.parametrize(
    ("props", "customer"),
    [
        ({"k": "arn:aws:kms:eu-west-1:123456789012:key/1"}, True),
        ({"k": "alias/app"}, True),
        ({"k": "alias/awsome-app"}, True),  # only the alias/aws/ folder is AWS's
        ({"k": "alias/aws/s3"}, False),
        ({"k": "arn:aws:kms:eu-west-1:123456789012:alias/aws/sqs"}, False),
        ({"k": UNKNOWN}, True),  # computed by a key resource of the stack
        ({"k": ""}, False),
        ({}, False),
    ],
    ids=["key-arn", "own-alias", "own-alias-starting-aws", "aws-alias", "aws-alias-arn", "unknown", "blank", "absent"],
)
def test_customer_managed_key_given(props, customer):
    assert customer_managed_key_given(unknown_checking_proxy(props), "k") is customer


def validation_args(type_: str, props: dict[str, Any] | None = None) -> ResourceValidationArgs:
    return ResourceValidationArgs(
        type_,
        unknown_checking_proxy(props or {}),
        f"urn:{type_}",
        "subject",
        PolicyResourceOptions(False, [], None, [], None, []),
        None,
    )


@pytest.mark.parametrize(
    ("problems", "reported"),
    [
        ("no key", ["subject: no key."]),
        (["a", "b"], ["subject: a.", "subject: b."]),
        ([], []),
        (None, []),
    ],
    ids=["one", "several", "none-listed", "none"],
)
def test_validate_with_reports_each_problem_of_a_judged_type(problems, reported):
    found: list[str] = []
    validate = validate_with([KEY], lambda args: problems)
    validate(validation_args(KEY), lambda message, urn=None: found.append(message))
    assert found == reported
    validate(validation_args(BUCKET), lambda message, urn=None: found.append(message))
    assert found == reported  # another type is not judged


def test_typed_resource_policy_declares_its_types_and_turns_a_judge_into_validate():
    found: list[str] = []
    policy = TypedResourcePolicy(
        name="p",
        description="d",
        resource_types=[KEY, KEY],
        judge=lambda args: "bad",
        enforcement_level=EnforcementLevel.MANDATORY,
    )
    assert policy.resource_types == frozenset({KEY})
    policy.validate(validation_args(KEY), lambda message, urn=None: found.append(message))
    assert found == ["subject: bad."]
    plain = TypedResourcePolicy(name="q", description="d", resource_types=[KEY], validate=lambda args, report: None)
    assert plain.validate(validation_args(KEY), lambda message, urn=None: None) is None


def test_typed_stack_policy_declares_the_types_it_needs():
    policy = TypedStackPolicy(name="s", description="d", stack_resource_types=[BUCKET], validate=lambda args, report: None)
    assert policy.stack_resource_types == frozenset({BUCKET})


def test_resource_and_stack_policy_dispatches_on_its_arguments():
    calls: list[str] = []
    schema = PolicyConfigSchema(properties={"x": {"type": "string"}})
    policy = ResourceAndStackPolicy(
        name="both",
        description="one rule judged twice",
        resource_types=[KEY],
        validate=lambda args, report: calls.append(f"resource {args.name}"),
        validate_stack=lambda args, report: calls.append(f"stack of {len(args.resources)}"),
        enforcement_level=EnforcementLevel.ADVISORY,
        config_schema=schema,
        severity=Severity.HIGH,
        tags=["t"],
        remediation_steps="fix it",
        url="https://example.com",
    )
    assert (policy.name, policy.description, policy.enforcement_level, policy.config_schema) == (
        "both",
        "one rule judged twice",
        EnforcementLevel.ADVISORY,
        schema,
    )
    assert (policy.severity, policy.tags, policy.remediation_steps, policy.url) == (
        Severity.HIGH,
        ["t"],
        "fix it",
        "https://example.com",
    )
    assert policy.resource_types == frozenset({KEY}) and policy.stack_resource_types == frozenset({KEY})
    assert policy.has_validation() is True and policy.has_remediation() is False
    policy.validate(validation_args(KEY), lambda message, urn=None: None)
    policy.validate(StackValidationArgs([res(KEY, "a"), res(KEY, "b")]), lambda message, urn=None: None)
    assert calls == ["resource subject", "stack of 2"]
    narrower = ResourceAndStackPolicy(
        name="n",
        description="d",
        resource_types=[KEY, BUCKET],
        validate=lambda args, report: None,
        validate_stack=lambda args, report: None,
        stack_resource_types=[BUCKET],
    )
    assert narrower.stack_resource_types == frozenset({BUCKET}) and narrower.enforcement_level is None


def test_resource_and_stack_policy_refuses_an_argument_it_does_not_know():
    with pytest.raises(TypeError, match=r"^unexpected arguments \['colour', 'shade'\]$"):
        ResourceAndStackPolicy(
            name="n",
            description="d",
            resource_types=[KEY],
            validate=lambda args, report: None,
            validate_stack=lambda args, report: None,
            colour="red",
            shade="dark",
        )


class _Configured:
    def __init__(self, config: dict[str, object]) -> None:
        self._config = config

    def get_config(self) -> dict[str, object]:
        return self._config


def test_config_of_turns_whole_doubles_into_ints_and_leaves_the_rest():
    config = {"days": 30.0, "ports": [22.0, 443.0], "ratio": 0.5, "flag": True, "name": "x", "tags": ["a"]}
    found = config_of(_Configured(config))  # type: ignore[arg-type]
    assert found == {"days": 30, "ports": [22, 443], "ratio": 0.5, "flag": True, "name": "x", "tags": ["a"]}
    assert [type(v) for v in (found["days"], *found["ports"], found["ratio"], found["flag"])] == [int, int, int, float, bool]
