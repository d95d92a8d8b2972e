"""Judging IAM documents in every shape the provider accepts (JSON string or dict, one statement or a list,
Action/Resource as a string or a list), including a TLS-only bucket policy. Pure functions, no policy SDK:
the pack and the post-deploy audit both call them, so what one rejects the other rejects too."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from fnmatch import fnmatchcase
from typing import Any

# Services where a service-wide wildcard (``iam:*``) is as dangerous as ``*``.
SENSITIVE_SERVICES = frozenset({"iam", "kms", "s3", "sts", "ec2"})
READ_VERBS = ("Get", "List", "Describe", "Head")


def as_list(value: Any) -> list[Any]:
    """A value that may be one item or a sequence (plain or a policy-runtime proxy) as a list."""
    if value is None:
        return []
    return list(value) if isinstance(value, Sequence) and not isinstance(value, str) else [value]


def statements(document: Any) -> list[Mapping[str, Any]]:
    """The statements of a policy document; unparsable or absent documents have none."""
    if isinstance(document, str):
        try:
            document = json.loads(document)
        except ValueError:
            return []
    if not isinstance(document, Mapping):
        return []
    return [s for s in as_list(document.get("Statement")) if isinstance(s, Mapping)]


def _allows(statement: Mapping[str, Any]) -> bool:
    return statement.get("Effect") == "Allow"


def wildcard_actions(statement: Mapping[str, Any]) -> list[str]:
    """Actions of an Allow that grant everything, or everything in a sensitive service."""
    if not _allows(statement):
        return []
    found = []
    for action in as_list(statement.get("Action")):
        if not isinstance(action, str):
            continue
        service, _, verb = action.partition(":")
        if action == "*" or (verb == "*" and service.lower() in SENSITIVE_SERVICES):
            found.append(action)
    return found


def is_write(action: str) -> bool:
    verb = action.partition(":")[2]
    return not verb.startswith(READ_VERBS) and verb != ""


def writes_on_any_resource(statement: Mapping[str, Any], allowed: Iterable[str] = ()) -> list[str]:
    """Write or permissions-management actions an Allow grants on Resource ``*`` (minus an allow-list)."""
    if not _allows(statement) or "*" not in as_list(statement.get("Resource")):
        return []
    allow = set(allowed)
    return [a for a in as_list(statement.get("Action")) if isinstance(a, str) and is_write(a) and a not in allow]


def negations(statement: Mapping[str, Any]) -> list[str]:
    """``NotAction``/``NotResource`` in an Allow: grants everything not listed."""
    return [k for k in ("NotAction", "NotResource") if _allows(statement) and k in statement]


def _grants(statement: Mapping[str, Any], action: str) -> bool:
    """Whether an Allow's Action names ``action`` exactly or through a wildcard such as ``iam:Pass*``."""
    wanted = action.lower()
    return _allows(statement) and any(
        isinstance(a, str) and fnmatchcase(wanted, a.lower()) for a in as_list(statement.get("Action"))
    )


def passrole_on_unnamed_roles(statement: Mapping[str, Any]) -> list[str]:
    """Resources an ``iam:PassRole`` Allow covers that are not one named role ARN (``*`` or any wildcard)."""
    if not _grants(statement, "iam:PassRole"):
        return []
    return [r for r in as_list(statement.get("Resource")) if not isinstance(r, str) or "*" in r or ":role/" not in r]


def _everyone(statement: Mapping[str, Any]) -> bool:
    """Whether a statement's Principal is ``*`` or ``{"AWS": "*"}``: anyone, in any account."""
    principal = statement.get("Principal")
    return principal == "*" or (isinstance(principal, Mapping) and "*" in as_list(principal.get("AWS")))


def anyone_without_condition(statement: Mapping[str, Any]) -> bool:
    """An Allow to Principal ``*`` (or ``{"AWS": "*"}``) with no Condition."""
    return _allows(statement) and not statement.get("Condition") and _everyone(statement)


def denies_insecure_transport(statement: Mapping[str, Any]) -> bool:
    """A bucket-policy statement that denies every S3 action to everyone when the request is not over TLS."""
    condition = statement.get("Condition")
    block = condition.get("Bool") if isinstance(condition, Mapping) else None
    secure = as_list(block.get("aws:SecureTransport")) if isinstance(block, Mapping) else []
    return (
        statement.get("Effect") == "Deny"
        and _everyone(statement)
        and any(a in ("s3:*", "*") for a in as_list(statement.get("Action")))
        and [str(v).lower() for v in secure] == ["false"]
    )


def problems(document: Any, allowed_on_any: Iterable[str] = ()) -> list[str]:
    """Every least-privilege problem of a document, one sentence each."""
    found = []
    for index, st in enumerate(statements(document)):
        sid = st.get("Sid") or f"#{index}"
        for action in wildcard_actions(st):
            found.append(f"statement {sid} allows wildcard action {action!r}")
        writes = writes_on_any_resource(st, allowed_on_any)
        if writes:
            found.append(f"statement {sid} allows {', '.join(writes)} on Resource '*'")
        for key in negations(st):
            found.append(f"statement {sid} allows with {key}")
        unnamed = passrole_on_unnamed_roles(st)
        if unnamed:
            found.append(f"statement {sid} allows iam:PassRole on {', '.join(map(str, unnamed))} (not a named role ARN)")
    return found
