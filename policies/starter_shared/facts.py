"""Constants with one definition each: what the program sets, the pack enforces and the audit checks."""

from __future__ import annotations

import re

# -- instance metadata (IMDSv2) --------------------------------------------------------------------------
TEMPLATE_HOP_LIMIT = 1
"""The hop limit the template sets: only the instance itself can reach the metadata service."""
MAX_HOP_LIMIT = 2
"""The largest hop limit the pack and the audit accept (2 lets one container hop reach IMDS)."""

# -- tagging -----------------------------------------------------------------------------------------------
REQUIRED_TAGS: tuple[str, ...] = ("Owner", "Environment", "Project", "CostCenter")
"""Tag keys every taggable resource carries (through the provider's defaultTags in the template)."""
PRODUCTION_ENVIRONMENTS = frozenset({"prod", "production"})
"""Values of the Environment tag that turn on production checks."""

# -- S3 ---------------------------------------------------------------------------------------------------
PUBLIC_ACCESS_BLOCK_FLAGS: tuple[str, ...] = (
    "block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets",
)
"""The four BucketPublicAccessBlock flags, all of which must be true (Python argument names)."""

# -- resource type tokens shared by more than one wing ------------------------------------------------------
REPLICATION_TOKENS: tuple[str, ...] = (
    "aws:s3/bucketReplicationConfig:BucketReplicationConfig",
)
"""Type tokens of the split S3 replication resource."""
REPLICATION_TOKEN = REPLICATION_TOKENS[0]

# -- stack config namespaces -------------------------------------------------------------------------------
PROVIDER_NAMESPACES: frozenset[str] = frozenset({"aws", "pulumi"})
"""Config namespaces that belong to a provider or to Pulumi itself, never to the project. A stack-file key in any
other namespace than these and the project's is an error. Add a provider's namespace here when you add the
provider to the program (``random``, ``tls``, ...)."""

# -- names and identifiers ----------------------------------------------------------------------------------
REGION_PATTERN = re.compile(
    r"^(us|eu|ap|sa|ca|me|af|il|mx|cn|us-gov|us-iso|us-isob|eu-isoe)-"
    r"(north|south|east|west|central|northeast|southeast|northwest|southwest)-\d{1,2}\Z"
)
"""An AWS region name such as eu-west-1 (commercial, China, GovCloud and the isolated partitions); ``\\Z``, as
``$`` would accept a trailing newline."""
PROJECT_NAME_PATTERN = re.compile(r"^[A-Za-z0-9_.-]{1,100}\Z")  # \Z: "$" would accept a trailing newline
"""Pulumi's project-name rule: letters, digits, hyphens, underscores and periods, at most 100 characters."""

PARTITIONS: dict[str, str] = {"cn": "aws-cn", "us-gov": "aws-us-gov", "us-iso": "aws-iso", "us-isob": "aws-iso-b",
                              "eu-isoe": "aws-iso-e"}
"""Region prefixes outside the commercial partition ``aws``, and their partition."""


def partition_of(region: str) -> str:
    """The AWS partition a region belongs to (``aws`` unless its prefix names another partition)."""
    prefix = region.rsplit("-", 2)[0]
    return PARTITIONS.get(prefix, "aws")


def snake_to_camel(name: str) -> str:
    """``block_public_acls`` -> ``blockPublicAcls`` (Pulumi's wire names)."""
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


def snake_to_pascal(name: str) -> str:
    """``block_public_acls`` -> ``BlockPublicAcls`` (the AWS API's names)."""
    return "".join(part.title() for part in name.split("_"))


# -- URNs ---------------------------------------------------------------------------------------------------
URN_PREFIX = "urn:pulumi:"
STACK_TYPE = "pulumi:pulumi:Stack"


def urn(stack: str, project: str, qualified_type: str, name: str) -> str:
    """A resource URN as the engine builds it: ``urn:pulumi:<stack>::<project>::<qualified type>::<name>``.

    ``qualified_type`` is the resource's type, prefixed by its parents' types joined with ``$`` (the root
    stack's type excluded); see :func:`qualified_type`."""
    return URN_PREFIX + "::".join([stack, project, qualified_type, name])


def qualified_type(parent_urn: str, type_: str) -> str:
    """The type part of a child's URN: its parent's type chain, then ``$``, then its own type."""
    if parent_urn:
        parent_type = split_urn(parent_urn)[2]
        if parent_type != STACK_TYPE:
            return f"{parent_type}${type_}"
    return type_


class UrnError(ValueError):
    """A string that is not a Pulumi URN."""


def split_urn(value: str) -> tuple[str, str, str, str]:
    """``(stack, project, qualified type, name)`` of a URN; raises :class:`UrnError` for anything else."""
    if not isinstance(value, str) or not value.startswith(URN_PREFIX):
        raise UrnError(f"expected {URN_PREFIX}<stack>::<project>::<type>::<name>, got {value!r}")
    parts = value.removeprefix(URN_PREFIX).split("::", 3)
    if len(parts) != 4 or not all(parts[:3]):
        raise UrnError(f"expected {URN_PREFIX}<stack>::<project>::<type>::<name>, got {value!r}")
    return parts[0], parts[1], parts[2], parts[3]
