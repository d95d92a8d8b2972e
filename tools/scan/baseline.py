"""The scan's baseline: checkov findings accepted on purpose, per Pulumi resource, each with a one-line reason.

    {
      "accepted": [
        {
          "type": "aws:s3/bucket:Bucket",
          "name": "web-logs",
          "stacks": ["dev", "prod"],
          "checks": {"CKV_AWS_145": "ELB access-log delivery cannot write to SSE-KMS buckets: SSE-S3 on purpose"}
        }
      ]
    }

``stacks`` is optional (default: every stack). Resources are named by their Pulumi type token and logical
name, as the plan and the pack name them, never by a Terraform address. An entry that matches no finding of
a scanned stack is stale and fails the scan, so the baseline cannot hide a later regression.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tools.cli import read_json

CHECK_ID = re.compile(r"^CKV2?_[A-Z0-9]+_\d+$")
TOKEN = re.compile(r"^[a-z][\w-]*:[\w./-]+:[A-Z]\w*$")
ENTRY_KEYS = {"type", "name", "stacks", "checks"}


class BaselineError(Exception):
    """The baseline cannot be used; the message is one line naming the file, the entry and the key."""


@dataclass(frozen=True)
class Accepted:
    """One accepted finding: a check on one Pulumi resource, in some stacks or all, and why."""

    type: str
    name: str
    check: str
    reason: str
    stacks: frozenset[str] | None = None
    """None: every stack."""

    def applies_to(self, stack: str) -> bool:
        return self.stacks is None or stack in self.stacks

    def describe(self) -> str:
        where = f" (stacks {', '.join(sorted(self.stacks))})" if self.stacks is not None else ""
        return f"{self.check} on {self.type} {self.name}{where}"


def parse(document: Any, where: str, known_stacks: Iterable[str]) -> list[Accepted]:
    """The entries of a baseline document; ``BaselineError`` on the first malformed one."""
    stacks_known = set(known_stacks)
    if not isinstance(document, dict) or set(document) != {"accepted"} or not isinstance(document["accepted"], list):
        raise BaselineError(f"{where}: expected an object with one key, 'accepted', a list of entries")
    out: list[Accepted] = []
    seen: set[tuple[str, str, str]] = set()
    for i, entry in enumerate(document["accepted"]):
        at = f"{where}: accepted[{i}]"
        if not isinstance(entry, dict):
            raise BaselineError(f"{at}: expected an object with type, name, checks and optional stacks")
        unknown = set(entry) - ENTRY_KEYS
        if unknown:
            raise BaselineError(f"{at}: unknown key {sorted(unknown)[0]!r} (expected {', '.join(sorted(ENTRY_KEYS))})")
        token, name = entry.get("type"), entry.get("name")
        if not isinstance(token, str) or not TOKEN.match(token):
            raise BaselineError(f"{at}.type: expected a Pulumi type token such as 'aws:s3/bucket:Bucket', got {token!r}")
        if not isinstance(name, str) or not name:
            raise BaselineError(f"{at}.name: expected the resource's Pulumi logical name, got {name!r}")
        stacks = entry.get("stacks")
        if stacks is not None:
            if not isinstance(stacks, list) or not stacks or not all(isinstance(s, str) for s in stacks):
                raise BaselineError(f"{at}.stacks: expected a non-empty list of stack names, got {stacks!r}")
            missing = sorted(set(stacks) - stacks_known)
            if missing:
                raise BaselineError(f"{at}.stacks: no stack file Pulumi.{missing[0]}.yaml")
        checks = entry.get("checks")
        if not isinstance(checks, dict) or not checks:
            raise BaselineError(f"{at}.checks: expected an object of checkov check ID -> one-line reason")
        for check, reason in checks.items():
            if not CHECK_ID.match(check):
                raise BaselineError(f"{at}.checks: {check!r} is not a checkov check ID (CKV_AWS_18, CKV2_AWS_11, ...)")
            if not isinstance(reason, str) or not reason.strip() or "\n" in reason:
                raise BaselineError(f"{at}.checks.{check}: expected a one-line reason why the finding is accepted")
            key = (token, name, check)
            if key in seen:
                raise BaselineError(f"{at}.checks.{check}: {name} ({token}) already accepts {check}")
            seen.add(key)
            out.append(Accepted(token, name, check, reason.strip(), frozenset(stacks) if stacks else None))
    return out


def load(path: Path, known_stacks: Iterable[str], required: bool) -> list[Accepted]:
    """The baseline at ``path``; an absent file is an empty baseline unless ``required`` (named explicitly)."""
    if not path.is_file() and not required:
        return []
    return parse(read_json(path, "scan baseline", BaselineError), str(path), known_stacks)


def match(entries: list[Accepted], stack: str, token: str, name: str, check: str) -> Accepted | None:
    return next(
        (e for e in entries if e.check == check and e.type == token and e.name == name and e.applies_to(stack)), None
    )
