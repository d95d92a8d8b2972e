"""The single place where the bootstrap stack's config enters: a pure parser from the raw Pulumi config map to a
frozen ``BootstrapConfig``, every problem reported at once in one line before any resource is declared.

Each key is declared once in ``SETTINGS`` (kind, default, description); the parser and the README's table
(``python -m foundation.config``) derive from it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

import pulumi
from starter_shared.facts import PROJECT_NAME_PATTERN, REGION_PATTERN, REQUIRED_TAGS, partition_of
from starter_shared.iam_names import iam_name_problems, template_iam_names

# GitHub's owner and repository name rules (letters, digits, '-', '_', '.'); no wildcards can slip into `sub`.
_REPOSITORY = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9._-]{1,100}$")
# A GitHub environment name as it appears in the token's `sub` (no ':' or wildcards).
_ENVIRONMENT = re.compile(r"^[A-Za-z0-9._-]{1,255}$")
_OIDC_ARN = re.compile(r"^arn:aws(-cn|-us-gov)?:iam::\d{12}:oidc-provider/token\.actions\.githubusercontent\.com$")

PREVIEW_PREFIX = "preview-"
"""GitHub environments of the read-only roles are the deploy environments with this prefix (see the workflows)."""
BOOTSTRAP_SUFFIX = "-bootstrap"
"""The bootstrap project is ``<template project>-bootstrap`` (``make rename`` keeps both in step)."""


class ConfigError(pulumi.RunError):
    """Invalid bootstrap config; the message is one line listing every problem."""

    def __init__(self, stack: str, problems: list[str]) -> None:
        self.problems = list(problems)
        noun = "problem" if len(problems) == 1 else "problems"
        super().__init__(f"invalid config for stack '{stack}' ({len(problems)} {noun}): " + "; ".join(problems))


@dataclass(frozen=True)
class Setting:
    """One key in the project namespace: its kind, default (None: required or optional without one) and meaning."""

    key: str
    kind: str  # "string" | "integer" | "list of strings"
    default: Any
    required: bool
    description: str


SETTINGS: tuple[Setting, ...] = (
    Setting("githubRepository", "string", None, True, "The repository whose workflows may assume the roles, as owner/name."),
    Setting(
        "environments",
        "list of strings",
        ("dev", "prod"),
        False,
        f"GitHub environments that deploy into this account; each also gets a read-only {PREVIEW_PREFIX}<env> role.",
    ),
    Setting(
        "deployRegions",
        "list of strings",
        None,
        False,
        "Regions the template deploys to (its aws:region and replicaRegion); default: aws:region.",
    ),
    Setting(
        "oidcProviderArn",
        "string",
        None,
        False,
        "Reuse the account's existing GitHub OIDC provider instead of creating one.",
    ),
    Setting("noncurrentVersionDays", "integer", 90, False, "Days old versions of state files are kept (1 to 3650)."),
    Setting(
        "templateProject",
        "string",
        None,
        False,
        "The template's project name (its Pulumi.yaml): deploy role <env> writes IAM only on stack <env>'s "
        f"<templateProject>-<env>-instance and -replication; default: this project's name without {BOOTSTRAP_SUFFIX}.",
    ),
)
_BY_KEY = {s.key: s for s in SETTINGS}
_KEYS = set(_BY_KEY)


@dataclass(frozen=True, kw_only=True)
class BootstrapConfig:
    """Validated config of one bootstrap stack. Built only by ``parse_config``."""

    project: str
    stack: str
    region: str
    partition: str
    tags: Mapping[str, str]
    github_repository: str
    environments: tuple[str, ...]
    deploy_regions: tuple[str, ...]
    oidc_provider_arn: str | None
    noncurrent_version_days: int
    template_project: str

    @property
    def preview_environments(self) -> tuple[str, ...]:
        return tuple(PREVIEW_PREFIX + env for env in self.environments)


def _show(value: Any) -> str:
    return json.dumps(value) if isinstance(value, (str, list, dict)) else str(value)


def _json(raw: Any) -> Any:
    if isinstance(raw, str):
        try:
            return json.loads(raw)
        except ValueError:
            return raw
    return raw


def _strings(raw: Any) -> list[str] | None:
    value = _json(raw)
    return value if isinstance(value, list) and all(isinstance(v, str) for v in value) else None


def parse_config(values: Mapping[str, Any], project: str, stack: str) -> BootstrapConfig:
    """Validate a raw config map (``"<namespace>:<key>"`` -> value); raises ``ConfigError`` listing every problem."""
    problems: list[str] = []

    def bad(key: str, value: Any, expected: str) -> None:
        shown = "missing" if value is None else f"got {_show(value)}"
        problems.append(f"{key}: {shown}, expected {expected}")

    def key(name: str) -> str:
        return f"{project}:{name}"

    for full in sorted(values):
        namespace, _, name = full.partition(":")
        if namespace == project and name not in _KEYS:
            problems.append(f"{full}: unknown key, expected one of {', '.join(sorted(_KEYS))}")

    region = values.get("aws:region")
    if not isinstance(region, str) or not REGION_PATTERN.match(region):
        bad("aws:region", region, "an AWS region name such as eu-west-1")
        region = None

    tags = _json(values.get("aws:defaultTags"))
    tag_map = tags.get("tags") if isinstance(tags, dict) else None
    if not isinstance(tag_map, dict):
        bad(
            "aws:defaultTags",
            values.get("aws:defaultTags"),
            f"an object {{tags: {{...}}}} with the required tags {', '.join(REQUIRED_TAGS)}",
        )
        tag_map = None
    else:
        for name in REQUIRED_TAGS:
            if not isinstance(tag_map.get(name), str) or not tag_map[name].strip():
                bad(f"aws:defaultTags.tags.{name}", tag_map.get(name), "a non-empty string (required tag)")

    repository = values.get(key("githubRepository"))
    if not isinstance(repository, str) or not _REPOSITORY.match(repository):
        bad(key("githubRepository"), repository, "owner/name of the GitHub repository, such as example-org/app")

    environments = _strings(values.get(key("environments"), list(_BY_KEY["environments"].default)))
    if (
        not environments
        or len(set(environments)) != len(environments)
        or not all(_ENVIRONMENT.match(e) and not e.startswith(PREVIEW_PREFIX) for e in environments)
    ):
        bad(
            key("environments"),
            _json(values.get(key("environments"))),
            f"a list of distinct GitHub environment names (letters, digits, ._-), none starting with {PREVIEW_PREFIX}",
        )
        environments = []

    raw_regions = values.get(key("deployRegions"))
    regions = _strings(raw_regions) if raw_regions is not None else ([region] if region else [])
    if regions is None or not regions or not all(REGION_PATTERN.match(r) for r in regions):
        bad(key("deployRegions"), _json(raw_regions), "a non-empty list of AWS region names")
        regions = []
    elif region and region not in regions:
        bad(key("deployRegions"), regions, f"a list that includes aws:region ({region}), where the state lives")

    oidc = values.get(key("oidcProviderArn"))
    if oidc is not None and (not isinstance(oidc, str) or not _OIDC_ARN.match(oidc)):
        bad(key("oidcProviderArn"), oidc, "the ARN of an IAM OIDC provider for token.actions.githubusercontent.com")

    days_raw = values.get(key("noncurrentVersionDays"), _BY_KEY["noncurrentVersionDays"].default)
    days = int(days_raw) if isinstance(days_raw, int) or (isinstance(days_raw, str) and days_raw.isdigit()) else None
    if days is None or not 1 <= days <= 3650:
        bad(key("noncurrentVersionDays"), days_raw, "an integer from 1 to 3650")

    raw_template = values.get(key("templateProject"))
    template = raw_template if raw_template is not None else project.removesuffix(BOOTSTRAP_SUFFIX)
    if not isinstance(template, str) or not PROJECT_NAME_PATTERN.match(template) or template == project:
        expected = (
            "the template's Pulumi project name (letters, digits, _.-), not this project's"
            if raw_template is not None
            else f"the template's project name, since this project ({project}) is not named <template>{BOOTSTRAP_SUFFIX}"
        )
        bad(key("templateProject"), raw_template, expected)
    else:
        for env in environments:
            for what, name, expected in iam_name_problems(template_iam_names(template, env)):
                bad(f"{what} (environment {env})", name, expected)

    if problems:
        raise ConfigError(stack, problems)
    assert region is not None and tag_map is not None and days is not None
    return BootstrapConfig(
        project=project,
        stack=stack,
        region=region,
        partition=partition_of(region),
        tags=MappingProxyType({str(k): str(v) for k, v in tag_map.items()}),
        github_repository=str(repository),
        environments=tuple(environments),
        deploy_regions=tuple(regions),
        oidc_provider_arn=oidc,
        noncurrent_version_days=days,
        template_project=str(template),
    )


def load_config() -> BootstrapConfig:
    """This run's Pulumi config, validated; raises ``ConfigError`` (a ``pulumi.RunError``: one line, no traceback)."""
    from pulumi.runtime import config as runtime_config

    values: dict[str, Any] = dict(runtime_config.get_config_env())
    values.update(runtime_config.CONFIG.get())
    return parse_config(values, pulumi.get_project(), pulumi.get_stack())


def reference_rows(namespace: str) -> list[str]:
    """The README's config table rows, derived from ``SETTINGS``."""

    def default(s: Setting) -> str:
        if s.required:
            return "(required)"
        return (
            "(none)"
            if s.default is None
            else json.dumps(list(s.default))
            if isinstance(s.default, tuple)
            else str(s.default)
        )

    return [f"| `{namespace}:{s.key}` | {s.kind} | {default(s)} | {s.description} |" for s in SETTINGS]


def project_name() -> str:
    """The project's name as Pulumi.yaml declares it (never spelled in code)."""
    from pathlib import Path

    text = (Path(__file__).resolve().parent.parent / "Pulumi.yaml").read_text(encoding="utf-8")
    found = re.search(r"^name:\s*(\S+)\s*$", text, flags=re.MULTILINE)
    if found is None:
        raise ValueError("bootstrap/Pulumi.yaml has no top-level name")
    return found.group(1)


if __name__ == "__main__":  # python -m foundation.config [namespace]: the docs' config table
    import sys

    print("\n".join(reference_rows(sys.argv[1] if len(sys.argv) > 1 else project_name())))
