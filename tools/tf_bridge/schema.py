"""Resolve Pulumi tokens and camelCase property names against the upstream provider's own schema.

A token's Terraform type and its renamed arguments come from the table ``tools.tf_bridge.derive`` generates
from the installed pulumi-aws and the provider schema (checked in under ``tools/tf_bridge/derived/``, one per
version pair). Otherwise a property is its snake_case name, or the singular of a pluralised list block
(``defaultActions`` = ``default_action``); a block with ``max_items = 1`` arrives flattened to one object.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from tools.tf_bridge.derive import checked_in_table


def camel_to_snake(name: str) -> str:
    """``vpcZoneIdentifiers`` → ``vpc_zone_identifiers``; ``cidrIpv4`` → ``cidr_ipv4``."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def singulars(snake: str) -> list[str]:
    """Candidate singular forms of a snake_case plural, most likely first."""
    out = []
    if snake.endswith("ies"):
        out.append(snake[:-3] + "y")
    if snake.endswith(("ses", "xes", "ches", "shes")):
        out.append(snake[:-2])
    if snake.endswith("s"):
        out.append(snake[:-1])
    return out


@dataclass(frozen=True)
class Field:
    """Where a Pulumi property lands: a Terraform attribute (with its type) or a nested block."""

    name: str
    kind: str  # "attribute" | "block" | "nested"
    spec: dict[str, Any]

    @property
    def computed_only(self) -> bool:
        return (
            self.kind == "attribute"
            and bool(self.spec.get("computed"))
            and not (self.spec.get("optional") or self.spec.get("required"))
        )


class ProviderSchema:
    """The ``provider`` and ``resource_schemas`` parts of ``terraform providers schema -json``, with the derived
    token table (``tools.tf_bridge.derive``; the checked-in one unless given)."""

    def __init__(self, document: dict[str, Any], table: dict[str, Any] | None = None) -> None:
        self.provider_block: dict[str, Any] = document["provider"]["block"]
        self.resources: dict[str, Any] = document["resource_schemas"]
        self.table: dict[str, Any] = table if table is not None else checked_in_table()

    def resource_type(self, token: str) -> str | None:
        """The Terraform resource type of a Pulumi token, or None when the provider has none."""
        tf_type: str | None = self.table["types"].get(token)
        return tf_type if tf_type in self.resources else None

    def missing_reason(self, token: str) -> str:
        """Why a token has no type: the derivation's reason, or that the table does not know the token."""
        reason: str | None = self.table["no_type"].get(token)
        if reason:
            return f"no resource type in this provider version ({reason})"
        if token in self.table["types"]:
            return f"its type {self.table['types'][token]} is not in this schema"
        return (
            f"not a resource of pulumi-aws {self.table['pulumi_aws_version']} "
            "(regenerate with `python -m tools.tf_bridge.derive` after an upgrade)"
        )

    def renames(self, token: str) -> dict[str, str]:
        """snake_case Pulumi input -> Terraform argument, where the names differ (assets included)."""
        return {**self.table["renames"].get(token, {}), **self.table["assets"].get(token, {})}

    def asset_target(self, token: str, pulumi_name: str) -> bool:
        """Whether this input is an asset or archive that the provider reads from a file."""
        return camel_to_snake(pulumi_name) in self.table["assets"].get(token, {})

    def block(self, tf_type: str) -> dict[str, Any]:
        block: dict[str, Any] = self.resources[tf_type]["block"]
        return block


def fields_of(block: dict[str, Any]) -> dict[str, Field]:
    """Every attribute and nested block of a schema block (or nested_type), by Terraform name."""
    fields = {
        n: Field(n, "nested" if "nested_type" in s else "attribute", s) for n, s in (block.get("attributes") or {}).items()
    }
    fields.update({n: Field(n, "block", s) for n, s in (block.get("block_types") or {}).items()})
    return fields


def resolve_property(fields: dict[str, Field], pulumi_name: str, renames: dict[str, str] | None = None) -> Field | None:
    """The field a camelCase Pulumi property maps to, confirmed by the schema (derived renames first)."""
    snake = camel_to_snake(pulumi_name)
    renamed = (renames or {}).get(snake)
    if renamed in fields:
        return fields[renamed]
    if snake in fields:
        return fields[snake]
    return next((fields[s] for s in singulars(snake) if s in fields), None)


def resolve_object_key(attribute_types: dict[str, Any], pulumi_name: str) -> str | None:
    """The key of an object-typed attribute (``ingress[].cidrBlocks`` → ``cidr_blocks``)."""
    snake = camel_to_snake(pulumi_name)
    if snake in attribute_types:
        return snake
    return next((s for s in singulars(snake) if s in attribute_types), None)


def subset(document: dict[str, Any], tf_types: set[str]) -> dict[str, Any]:
    """The provider block and ``tf_types`` of a schema document, without descriptions: the tests' fixture
    (``tests/fixtures/tf_schema``), checked against the real schema when terraform is present."""

    noise = ("description", "description_kind", "deprecated")

    def strip(block: dict[str, Any]) -> dict[str, Any]:
        out = {k: v for k, v in block.items() if k not in (*noise, "attributes", "block_types", "nested_type")}
        if "attributes" in block:
            out["attributes"] = {n: strip(spec) for n, spec in block["attributes"].items()}
        if "nested_type" in block:
            out["nested_type"] = strip(block["nested_type"])
        if "block_types" in block:
            out["block_types"] = {
                n: {**{k: v for k, v in spec.items() if k != "block"}, "block": strip(spec["block"])}
                for n, spec in block["block_types"].items()
            }
        return out

    return {
        "provider": {**document["provider"], "block": strip(document["provider"]["block"])},
        "resource_schemas": {
            t: {**document["resource_schemas"][t], "block": strip(document["resource_schemas"][t]["block"])}
            for t in sorted(tf_types)
        },
    }
