"""Judging IAM documents the way AWS evaluates them, in every shape the provider accepts (JSON string or dict,
one statement or a list, Action/Resource/Principal as a string or a list). Pure functions, no policy SDK: the
pack and the post-deploy audit both call them, so what one rejects the other rejects too.

AWS matches actions case-insensitively with ``*``/``?`` anywhere (``s3:*Object``), reads ``NotAction``,
``NotResource`` and ``NotPrincipal`` as "everything except", and treats an ARN whose account, region or
resource part is a wildcard as any resource. Each clause below is one function returning one sentence per
problem; ``problems`` (identity policies), ``anonymous_problems`` (resource and trust policies) and
``federation_problems`` (trust policies) combine them.

Values the engine does not know yet (preview) are passed in as ``UNKNOWN``: a clause skips what it cannot see,
and ``unseen`` lists those places, so the caller can say which value it could not judge.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping, Sequence
from fnmatch import fnmatchcase
from functools import lru_cache
from typing import Any

from starter_shared.iam_unscoped_actions import is_unscoped
from starter_shared.networks import open_to_internet


class _Unknown:
    """A value the engine will only know after the update (a preview's unknown)."""

    def __repr__(self) -> str:
        return "UNKNOWN"


UNKNOWN: Any = _Unknown()

# Services where a service-wide wildcard (``iam:*``) is as dangerous as ``*`` whatever the resource: they
# manage permissions, keys, credentials or the whole account's data.
# Verbs of actions that only read. Anything else writes or manages permissions (SAR access levels Write,
# Permissions management, Tagging).
READ_VERBS = (
    "get",
    "list",
    "describe",
    "head",
    "batchget",
    "query",
    "scan",
    "search",
    "lookup",
    "view",
    "select",
    "filter",
    "partiqlselect",
    "batchcheck",
    "conditioncheck",
)
# Reads that hand out secrets: on any resource they are as broad as a write.
SECRET_READS = frozenset(
    {
        "secretsmanager:getsecretvalue",
        "secretsmanager:batchgetsecretvalue",
        "ssm:getparameter",
        "ssm:getparameters",
        "ssm:getparametersbypath",
    }
)
# Actions that let a principal grant itself more than it has (the known IAM escalation paths). On anything
# but exact ARNs they are a way to administrator.
ESCALATION_ACTIONS = (
    "iam:CreatePolicyVersion",
    "iam:SetDefaultPolicyVersion",
    "iam:AttachRolePolicy",
    "iam:AttachUserPolicy",
    "iam:AttachGroupPolicy",
    "iam:PutRolePolicy",
    "iam:PutUserPolicy",
    "iam:PutGroupPolicy",
    "iam:UpdateAssumeRolePolicy",
    "iam:CreateAccessKey",
    "iam:CreateLoginProfile",
    "iam:UpdateLoginProfile",
    "iam:AddUserToGroup",
    "iam:PutRolePermissionsBoundary",
    "iam:DeleteRolePermissionsBoundary",
    "iam:PutUserPermissionsBoundary",
    "iam:DeleteUserPermissionsBoundary",
    "iam:PassRole",
)
# Condition keys that pin who the caller is (or where the request comes from) for a Principal "*".
PINNING_KEYS = frozenset(
    k.lower()
    for k in (
        "aws:SourceAccount",
        "aws:SourceArn",
        "aws:SourceOwner",
        "aws:SourceOrgID",
        "aws:SourceOrgPaths",
        "aws:PrincipalOrgID",
        "aws:PrincipalOrgPaths",
        "aws:PrincipalAccount",
        "aws:PrincipalArn",
        "aws:SourceVpce",
        "aws:SourceVpc",
        "aws:userid",
        "kms:CallerAccount",
        "aws:SourceIp",
    )
)
# Services whose ARNs carry no resource-type word before the name (``arn:aws:s3:::bucket/key``).
_UNTYPED_ARN_SERVICES = frozenset({"s3", "sqs", "sns"})
_TYPE_PREFIX = re.compile(r"^[A-Za-z][A-Za-z0-9-]*[:/]")
_WILD = re.compile(r"[*?]")


def as_list(value: Any) -> list[Any]:
    """A value that may be one item or a sequence (plain or a policy-runtime proxy) as a list."""
    if value is None:
        return []
    return list(value) if isinstance(value, Sequence) and not isinstance(value, str) else [value]


def parse(document: Any) -> Any:
    """A policy document as a mapping: JSON strings are decoded; ``UNKNOWN`` stays unknown; anything else
    (absent, unparsable) is None."""
    if document is UNKNOWN:
        return UNKNOWN
    if isinstance(document, str):
        document = _loads(document)
    return document if isinstance(document, Mapping) else None


@lru_cache(maxsize=256)
def _loads(text: str) -> Any:
    """A JSON document, decoded once however many clauses read it (callers only read the result)."""
    try:
        return json.loads(text)
    except ValueError:
        return None


def statements(document: Any) -> list[Mapping[str, Any]]:
    """The statements of a policy document; unparsable, unknown or absent documents have none."""
    parsed = parse(document)
    if not isinstance(parsed, Mapping):
        return []
    return [s for s in as_list(parsed.get("Statement")) if isinstance(s, Mapping)]


def sid(statement: Mapping[str, Any], index: int) -> str:
    name = statement.get("Sid")
    return name if isinstance(name, str) and name else f"#{index}"


def _allows(statement: Mapping[str, Any]) -> bool:
    return statement.get("Effect") == "Allow"


def _strings(value: Any) -> list[str]:
    return [v for v in as_list(value) if isinstance(v, str)]


def unseen(document: Any) -> list[str]:
    """Where a document holds a value not known yet: ``document`` itself, or ``statement <sid> <field>``."""
    parsed = parse(document)
    if parsed is UNKNOWN:
        return ["document"]
    if isinstance(parsed, Mapping) and parsed.get("Statement") is UNKNOWN:
        return ["Statement"]
    found = []
    body = parsed.get("Statement") if isinstance(parsed, Mapping) else None
    found += [f"statement #{i}" for i, st in enumerate(as_list(body)) if st is UNKNOWN]
    for index, st in enumerate(statements(parsed)):
        for key, value in st.items():
            if value is UNKNOWN or UNKNOWN in as_list(value) or (isinstance(value, Mapping) and _contains_unknown(value)):
                found.append(f"statement {sid(st, index)} {key}")
    return found


def _contains_unknown(value: Any) -> bool:
    if value is UNKNOWN:
        return True
    if isinstance(value, Mapping):
        return any(_contains_unknown(v) for v in value.values())
    if isinstance(value, Sequence) and not isinstance(value, str):
        return any(_contains_unknown(v) for v in value)
    return False


# -- actions --------------------------------------------------------------------------------------------------
def action_matches(pattern: str, action: str) -> bool:
    """Whether an Action pattern (``s3:*Object``, ``IAM:pass*``) covers ``action``, as AWS matches them: only ``*``
    and ``?`` are wildcards (fnmatch alone would read ``[P]`` as a character class; AWS reads it literally)."""
    return fnmatchcase(action.lower(), pattern.lower().replace("[", "[[]"))


@lru_cache(maxsize=4096)
def is_service_wide(action: str) -> bool:
    """``*``, ``*:*`` or ``svc:*``: every action of every service, or of one service."""
    service, _, name = action.partition(":")
    return action.strip() == "*" or (bool(name) and not _WILD.sub("", name)) or "*" in service


@lru_cache(maxsize=4096)
def may_write(action: str) -> bool:
    """Whether an action (or a pattern) can name a write or permission-management action: its literal start
    is not a read verb (``s3:Get*`` only reads; ``s3:*Object`` also matches ``s3:PutObject``)."""
    service, _, name = action.lower().partition(":")
    if any(action_matches(f"{service}:{name}", secret) for secret in SECRET_READS):
        return True
    literal = _WILD.split(name, maxsplit=1)[0]
    return name != "" and not literal.startswith(READ_VERBS)


def is_write(action: str) -> bool:
    """Kept for callers of the first generation: an exact action that is not a read."""
    return may_write(action)


# -- resources ------------------------------------------------------------------------------------------------
@lru_cache(maxsize=4096)
def is_any_resource(resource: str) -> bool:
    """``*``, or an ARN whose account, region or resource part is a wildcard: it names no particular resource
    (``arn:aws:s3:::*``, ``arn:aws:dynamodb:*:*:table/*``, ``arn:aws:logs:*:*:*``)."""
    if not _WILD.search(resource):
        return False
    if resource.strip() in ("*", "arn:*"):
        return True
    parts = resource.split(":", 5)
    if len(parts) < 6 or parts[0] != "arn":
        return True  # not an ARN but wildcarded: matches anything
    _, _, service, region, account, rest = parts
    if _WILD.search(region) or _WILD.search(account) or _WILD.search(service):
        return True
    if service.lower() not in _UNTYPED_ARN_SERVICES:
        typed = _TYPE_PREFIX.match(rest)
        if typed and len(rest) > typed.end():
            rest = rest[typed.end() :]
    return bool(rest) and rest[0] in "*?"


def is_exact_arn(resource: str) -> bool:
    """An ARN that names one resource: no ``*`` or ``?`` (policy variables such as ``${aws:username}`` are
    exact: they resolve to the caller's own name)."""
    return resource.startswith("arn:") and not _WILD.search(resource)


# -- clauses of identity policies -----------------------------------------------------------------------------
def wildcard_actions(statement: Mapping[str, Any]) -> list[str]:
    """Actions of an Allow that grant every action, or every action of one service (``dynamodb:*`` includes
    DeleteTable even on one named table; name the actions instead, as cdk-nag's AwsSolutions-IAM5 asks)."""
    if not _allows(statement):
        return []
    found = []
    for action in _strings(statement.get("Action")):
        if is_service_wide(action):
            found.append(action)
    return found


def negations(statement: Mapping[str, Any]) -> list[str]:
    """``NotAction``/``NotResource`` in an Allow: it grants everything not listed."""
    return [k for k in ("NotAction", "NotResource") if _allows(statement) and k in statement]


def negation_problem(statement: Mapping[str, Any], key: str, label: str) -> str:
    listed = ", ".join(map(str, as_list(statement.get(key)))) or "nothing"
    grants = (
        "every action of every service except " if key == "NotAction" else "its actions on every resource except "
    ) + listed
    return f"statement {label} allows with {key}, which grants {grants}"


def writes_on_any_resource(statement: Mapping[str, Any], allowed: Iterable[str] = ()) -> list[tuple[str, list[str]]]:
    """(resource, actions) pairs: write, permission-management or secret-reading actions an Allow grants on a
    resource that is any resource (``*`` or a wildcarded ARN). Actions AWS does not scope to resources
    (``iam_unscoped_actions``) and the caller's allow-list are fine there."""
    if not _allows(statement) or scoped_by_resource_tag(statement):
        return []
    allow = {a.lower() for a in allowed if isinstance(a, str)}
    reported = set(wildcard_actions(statement))
    actions = [
        a
        for a in _strings(statement.get("Action"))
        if may_write(a) and a not in reported and a.lower() not in allow and not is_unscoped(a) and not _escalates(a)
    ]  # reported, with the reason, by ``escalations``
    if not actions:
        return []
    return [(r, actions) for r in _strings(statement.get("Resource")) if is_any_resource(r)]


@lru_cache(maxsize=4096)
def escalations_of(action: str) -> tuple[str, ...]:
    """The escalation actions an Action pattern covers (memoised: a stack repeats the same few actions)."""
    service = action.partition(":")[0].lower()
    if service != "iam" and not _WILD.search(service):
        return ()
    return tuple(e for e in ESCALATION_ACTIONS if action_matches(action, e))


def scoped_by_resource_tag(statement: Mapping[str, Any]) -> bool:
    """Attribute-based access control: a Condition that requires a tag on the resource acted on
    (``aws:ResourceTag/team``, ``ec2:ResourceTag/…``) scopes an Allow on ``*`` to the tagged resources."""
    return any(
        ":resourcetag/" in key.lower() and _pinned([values]) and not _loose(op)
        for op, key, values in _condition_entries(statement)
    )


def _loose(operator: str) -> bool:
    """Operators that do not require the key: ``…IfExists``, negations, ``Null``."""
    op = operator.lower().split(":")[-1]
    return op.endswith("ifexists") or "not" in op or op == "null"


def _escalates(action: str) -> bool:
    return bool(escalations_of(action))


def escalations(statement: Mapping[str, Any]) -> list[tuple[str, list[str]]]:
    """(resource, escalation actions) for each resource of an Allow that is not an exact ARN, when its Action
    covers a known privilege-escalation action. Service-wide wildcards are reported by ``wildcard_actions``."""
    if not _allows(statement):
        return []
    granted = sorted({e for a in _strings(statement.get("Action")) if not is_service_wide(a) for e in escalations_of(a)})
    if not granted:
        return []
    found = []
    for resource in _strings(statement.get("Resource")):
        exact = is_exact_arn(resource)
        wrong = [e for e in granted if not exact or (e == "iam:PassRole" and ":role/" not in resource)]
        if wrong:
            found.append((resource, wrong))
    return found


def passrole_on_unnamed_roles(statement: Mapping[str, Any]) -> list[str]:
    """Resources an ``iam:PassRole`` Allow covers that are not one named role ARN (``*`` or any wildcard)."""
    return [r for r, actions in escalations(statement) if "iam:PassRole" in actions]


def statement_problems(statement: Mapping[str, Any], label: str, allowed_on_any: Iterable[str] = ()) -> list[str]:
    """Every least-privilege problem of one statement, one sentence each."""
    found = [f"statement {label} allows wildcard action {a!r}" for a in wildcard_actions(statement)]
    found += [negation_problem(statement, key, label) for key in negations(statement)]
    for resource, actions in writes_on_any_resource(statement, allowed_on_any):
        why = "" if resource.strip() == "*" else " (a wildcard ARN: any resource)"
        found.append(f"statement {label} allows {', '.join(actions)} on Resource {resource!r}{why}")
    for resource, actions in escalations(statement):
        others = [a for a in actions if a != "iam:PassRole"]
        if "iam:PassRole" in actions:
            found.append(
                f"statement {label} allows iam:PassRole on {resource} (not a named role ARN): any role, "
                "and its permissions, can be handed to a service that runs code"
            )
        if others:
            found.append(
                f"statement {label} allows {', '.join(others)} on {resource} (privilege escalation: "
                "the caller can grant itself more; name exact ARNs)"
            )
    return found


def problems(document: Any, allowed_on_any: Iterable[str] = ()) -> list[str]:
    """Every least-privilege problem of an identity (or bucket) policy document, one sentence each."""
    found = []
    for index, st in enumerate(statements(document)):
        found += statement_problems(st, sid(st, index), allowed_on_any)
    return found


# -- principals -----------------------------------------------------------------------------------------------
def _everyone(statement: Mapping[str, Any]) -> bool:
    """Whether a statement's Principal is ``*`` or has ``*`` for AWS (or any type): anyone, in any account."""
    principal = statement.get("Principal")
    if principal == "*":
        return True
    return isinstance(principal, Mapping) and any("*" in _strings(v) for v in principal.values())


def _condition_entries(statement: Mapping[str, Any]) -> list[tuple[str, str, list[Any]]]:
    """(operator, key, values) of a Condition block, as written."""
    condition = statement.get("Condition")
    if not isinstance(condition, Mapping):
        return []
    return [
        (str(op), str(key), as_list(values))
        for op, block in condition.items()
        if isinstance(block, Mapping)
        for key, values in block.items()
    ]


def _pins(operator: str, key: str, values: list[Any]) -> bool:
    """Whether one condition entry restricts the caller: a pinning key, a positive operator that must be met
    (not ``…IfExists``, not ``Not…``), and values that are not wildcards for anyone."""
    if _loose(operator) or key.lower() not in PINNING_KEYS:
        return False
    if not values or any(not isinstance(v, str) or not v.strip("*?") for v in values):
        return False
    if key.lower() == "aws:sourceip":
        return not open_to_internet(values)
    if key.lower() in ("aws:sourcearn", "aws:principalarn"):
        return not any(is_any_resource(v) for v in values)
    return True


def condition_requires(statement: Mapping[str, Any], key: str, value: str) -> bool:
    """Whether a statement applies only when ``key`` is exactly ``value``: a ``StringEquals`` or ``StringLike``
    entry on the key (IAM reads key names case-insensitively) whose values are all ``value`` (without a wildcard,
    ``StringLike`` matches as ``StringEquals`` does; ``ForAnyValue:`` on a single-valued key too). ``…IfExists``,
    negations and ``ForAllValues:`` (true when the key is absent) do not require it."""
    for operator, name, values in _condition_entries(statement):
        qualifier, _, base = operator.rpartition(":")
        if name.lower() != key.lower() or _loose(operator) or qualifier not in ("", "ForAnyValue"):
            continue
        if base in ("StringEquals", "StringLike") and values and all(v == value for v in values):
            return True
    return False


def pinned_by_condition(statement: Mapping[str, Any]) -> bool:
    return any(_pins(op, key, values) for op, key, values in _condition_entries(statement))


def anyone_without_condition(statement: Mapping[str, Any]) -> bool:
    """An Allow to Principal ``*`` (or ``{"AWS": "*"}``) whose Condition pins no caller."""
    return _allows(statement) and _everyone(statement) and not pinned_by_condition(statement)


def anonymous_problem(statement: Mapping[str, Any], label: str) -> str | None:
    """One sentence when an Allow lets anyone in: Principal ``*`` without a pinning Condition, or NotPrincipal."""
    if not _allows(statement):
        return None
    if "NotPrincipal" in statement:
        return f"statement {label} allows everyone except NotPrincipal {statement.get('NotPrincipal')}"
    if not _everyone(statement) or pinned_by_condition(statement) or _contains_unknown(statement.get("Condition")):
        return None
    if not statement.get("Condition"):
        return f"statement {label} allows Principal '*' with no Condition"
    keys = ", ".join(sorted({key for _, key, _ in _condition_entries(statement)})) or "none"
    return (
        f"statement {label} allows Principal '*' and its Condition pins no caller (keys: {keys}; pin one of "
        "aws:SourceAccount, aws:SourceArn, aws:PrincipalOrgID, aws:PrincipalAccount, aws:SourceVpce)"
    )


def anonymous_problems(document: Any) -> list[str]:
    found = []
    for index, st in enumerate(statements(document)):
        problem = anonymous_problem(st, sid(st, index))
        if problem:
            found.append(problem)
    return found


# -- federation (trust policies) -------------------------------------------------------------------------------
GITHUB_HOST = "token.actions.githubusercontent.com"
# repo:<owner>/<repo>:ref:refs/heads/<branch> | ref:refs/tags/<tag> | environment:<name>; owner and repo exact.
_GITHUB_SUB = re.compile(r"^repo:[^/*?:]+/[^/*?:]+:(ref:refs/(heads|tags)/|environment:)(?P<name>.+)$", re.IGNORECASE)


def _federated_host(identifier: str) -> str:
    """The issuer an identifier names: an ``oidc-provider/<host>`` ARN's host, or the identifier itself
    (``cognito-identity.amazonaws.com``, ``accounts.google.com``)."""
    return identifier.split("oidc-provider/", 1)[1] if "oidc-provider/" in identifier else identifier


def _condition_values(statement: Mapping[str, Any], key: str) -> list[list[Any]]:
    """Values of every positive, must-be-present condition on ``key`` (case-insensitive)."""
    out = []
    for op, k, values in _condition_entries(statement):
        if k.lower() == key.lower() and not _loose(op):
            out.append(values)
    return out


def _pinned(values_sets: list[list[Any]]) -> bool:
    return any(values and all(isinstance(v, str) and v.strip("*?") for v in values) for values in values_sets)


def github_sub_pinned(values_sets: list[list[Any]]) -> bool:
    """Some condition on ``…:sub`` names only exact repositories, each with a branch, tag or environment that
    is not a bare wildcard."""

    def good(value: Any) -> bool:
        match = _GITHUB_SUB.match(value) if isinstance(value, str) else None
        return match is not None and bool(match.group("name").strip("*?"))

    return any(values and all(good(v) for v in values) for values in values_sets)


def federation_problem(statement: Mapping[str, Any], label: str) -> str | None:
    """One sentence when a trust statement lets a web-identity provider's tokens assume the role without
    pinning whose tokens: GitHub Actions must pin ``sub`` to a repository and a branch or environment; other
    OIDC providers ``aud`` and ``sub`` (Cognito identity pools: ``aud``). SAML providers are the account's own."""
    principal = statement.get("Principal")
    if not _allows(statement) or not isinstance(principal, Mapping) or _contains_unknown(statement.get("Condition")):
        return None
    for identifier in _strings(principal.get("Federated")):
        if "saml-provider/" in identifier:
            continue
        host = _federated_host(identifier)
        if identifier.startswith("arn:") and "oidc-provider/" not in identifier:
            # An ARN that does not spell its issuer: the issuer the Condition names is the one judged.
            issuers = {
                k.rsplit(":", 1)[0] for _, k, _ in _condition_entries(statement) if k.lower().endswith((":sub", ":aud"))
            }
            host = issuers.pop() if len(issuers) == 1 else host
        if host == "*":
            return f"statement {label} trusts Federated '*': tokens of any identity provider"
        sub = _condition_values(statement, f"{host}:sub")
        aud = _condition_values(statement, f"{host}:aud")
        if host.lower().startswith(GITHUB_HOST):
            if not github_sub_pinned(sub):
                return (
                    f"statement {label} trusts GitHub Actions OIDC ({host}) without pinning {host}:sub to one "
                    "repository and a branch or environment (e.g. repo:org/app:ref:refs/heads/main): any "
                    "GitHub workflow could assume this role"
                )
            continue
        needed = ["aud"] if host.lower() == "cognito-identity.amazonaws.com" else ["aud", "sub"]
        missing = [k for k in needed if not _pinned(aud if k == "aud" else sub)]
        if missing:
            return (
                f"statement {label} trusts web identity {host} without pinning "
                f"{' and '.join(f'{host}:{k}' for k in missing)}: any token that provider issues could assume "
                "this role"
            )
    return None


def federation_problems(document: Any) -> list[str]:
    found = []
    for index, st in enumerate(statements(document)):
        problem = federation_problem(st, sid(st, index))
        if problem:
            found.append(problem)
    return found


# -- bucket policies ------------------------------------------------------------------------------------------
S3_ARN = re.compile(r"^arn:[a-z-]+:s3:::(?P<path>.+)$")
"""An S3 bucket or object ARN in any partition; ``path`` is ``bucket`` or ``bucket/key-pattern``."""
# Object keys with no character in common and of lengths 1 and 3+: a key pattern matches all of them only when it
# has no literal and accepts any length from 1 (``*``, ``?*``), i.e. it matches every key ("b/k*" matches "key"
# but not "0", so it does not cover the bucket's objects).
_ANY_KEYS = ("key", "0", "Z/_.txt")
TLS_VERSIONS = (1.0, 1.1, 1.2, 1.3)
"""The values S3 reports as ``s3:TlsVersion`` (a numeric condition key)."""


def _denies_every_s3_action_to_everyone(statement: Mapping[str, Any]) -> bool:
    return (
        statement.get("Effect") == "Deny"
        and _everyone(statement)
        and any(isinstance(a, str) and a.lower() in ("s3:*", "*") for a in as_list(statement.get("Action")))
    )


def _only_condition(statement: Mapping[str, Any]) -> tuple[str, str, list[Any]] | None:
    """The one (operator, lower-cased key, values) entry of a Condition block; None when it has more or none
    (another entry narrows a deny: every entry must match for it to apply)."""
    entries = _condition_entries(statement)
    return (entries[0][0], entries[0][1].lower(), entries[0][2]) if len(entries) == 1 else None


def denies_insecure_transport(statement: Mapping[str, Any]) -> bool:
    """A bucket-policy statement that denies every S3 action to everyone when the request is not over TLS, and
    under no other condition. ``BoolIfExists`` reads as ``Bool``: aws:SecureTransport is in every request's
    context (IAM's global condition keys: "always included"), so the key is never absent; and a value listed
    twice is listed once (a key's values are ORed)."""
    entry = _only_condition(statement)
    return (
        _denies_every_s3_action_to_everyone(statement)
        and entry is not None
        and (entry[0].removesuffix("IfExists"), entry[1]) == ("Bool", "aws:securetransport")
        and {str(v).lower() for v in entry[2]} == {"false"}
    )


def _number(value: Any) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def denies_tls_below(statement: Mapping[str, Any], minimum: float = 1.2) -> bool:
    """A bucket-policy statement that denies every S3 action to everyone on a TLS version below ``minimum``
    (``NumericLessThan`` s3:TlsVersion at ``minimum`` or above, or ``NumericLessThanEquals`` at the version just
    below it or above; ``…IfExists`` also denies plain HTTP), under no other condition."""
    entry = _only_condition(statement)
    if not _denies_every_s3_action_to_everyone(statement) or entry is None or entry[1] != "s3:tlsversion":
        return False
    operator, _, values = entry
    below = max((v for v in TLS_VERSIONS if v < minimum), default=None)
    numbers = [n for n in map(_number, values) if n is not None]
    if operator.removesuffix("IfExists") == "NumericLessThan":
        return any(n >= minimum for n in numbers)
    if operator.removesuffix("IfExists") == "NumericLessThanEquals":
        return below is not None and any(n >= below for n in numbers)
    return False


def bucket_scope(resource: Any, bucket_name: str | None) -> tuple[bool, bool]:
    """(covers the bucket, covers its objects) for one Resource entry of a statement. An ``arn:<partition>:s3:::``
    ARN is matched against the bucket's name when it is known; any other string (a computed ARN in another
    shape) counts by its form: ``…/*`` for objects, anything else for the bucket."""
    if resource == "*":
        return True, True
    if not isinstance(resource, str):
        return False, False
    match = S3_ARN.match(resource)
    if match and bucket_name is not None:
        path = match.group("path").replace("[", "[[]")  # only * and ? are wildcards in an ARN (action_matches)
        return fnmatchcase(bucket_name, path), all(fnmatchcase(f"{bucket_name}/{key}", path) for key in _ANY_KEYS)
    objects = resource.endswith("/*")
    return not objects, objects


def covers_bucket_and_objects(statement: Mapping[str, Any], bucket_name: str | None) -> bool:
    """Whether a statement's Resource covers the bucket and its objects (see ``bucket_scope``)."""
    scopes = [bucket_scope(r, bucket_name) for r in as_list(statement.get("Resource"))]
    return any(bucket for bucket, _ in scopes) and any(objects for _, objects in scopes)
