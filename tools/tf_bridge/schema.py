"""Resolve Pulumi tokens and camelCase property names against the upstream provider's own schema.

pulumi-aws is a bridge over the Terraform AWS provider; its names follow mechanical rules that the schema
confirms: ``aws:<module>/<name>:<Type>`` is ``aws_<module>_<snake_name>`` or ``aws_<snake_name>``; a property is
its snake_case name, or the singular of a pluralised list block (``defaultActions`` = ``default_action``);
a block with ``max_items = 1`` arrives flattened to one object. What the rules get wrong is in the tables below.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

# Tokens whose Terraform type the naming rules do not find (or find wrongly).
TYPE_EXCEPTIONS: dict[str, str] = {
    "aws:cloudtrail/trail:Trail": "aws_cloudtrail",
    "aws:lb/loadBalancer:LoadBalancer": "aws_lb",
    "aws:alb/loadBalancer:LoadBalancer": "aws_lb",
    "aws:alb/targetGroup:TargetGroup": "aws_lb_target_group",
    "aws:alb/listener:Listener": "aws_lb_listener",
    "aws:alb/listenerRule:ListenerRule": "aws_lb_listener_rule",
    "aws:alb/targetGroupAttachment:TargetGroupAttachment": "aws_lb_target_group_attachment",
    "aws:s3/bucketV2:BucketV2": "aws_s3_bucket",
    "aws:s3/bucketReplicationConfig:BucketReplicationConfig": "aws_s3_bucket_replication_configuration",
    "aws:ec2/instance:Instance": "aws_instance",
    "aws:ec2/tag:Tag": "aws_ec2_tag",
}

# Pulumi modules that are not a Terraform name prefix as they stand.
MODULE_PREFIXES: dict[str, str] = {
    "ec2transitgateway": "ec2_transit_gateway",
    "ec2clientvpn": "ec2_client_vpn",
}

# (terraform type or "*", pulumi property) -> terraform property, where the plural/singular rule fails.
PROPERTY_EXCEPTIONS: dict[tuple[str, str], str] = {
    ("aws_cloudwatch_metric_alarm", "name"): "alarm_name",
    ("aws_cloudwatch_composite_alarm", "name"): "alarm_name",
    ("aws_sns_topic_subscription", "topic"): "topic_arn",
}


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


def token_candidates(token: str) -> list[str]:
    """Terraform type names the naming rules give for a Pulumi token, most specific first."""
    parts = token.split(":")
    if len(parts) != 3 or "/" not in parts[1]:
        return []
    module, name = parts[1].split("/", 1)
    snake = camel_to_snake(name)
    module = MODULE_PREFIXES.get(module, module.replace("-", "_").lower())
    if snake.startswith(module + "_") or snake == module:
        return [f"aws_{snake}"]
    words = snake.split("_")
    for k in range(len(words), 0, -1):  # ec2_transit_gateway + transit_gateway_x = ec2_transit_gateway_x
        if module.endswith("_" + "_".join(words[:k])):
            return [f"aws_{module}" + "".join(f"_{w}" for w in words[k:])]
    return [f"aws_{module}_{snake}", f"aws_{snake}"]


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
    """The ``provider`` and ``resource_schemas`` parts of ``terraform providers schema -json``."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.provider_block: dict[str, Any] = document["provider"]["block"]
        self.resources: dict[str, Any] = document["resource_schemas"]

    def resource_type(self, token: str) -> str | None:
        """The Terraform resource type of a Pulumi token, or None when the provider has none."""
        if token in TYPE_EXCEPTIONS:
            return TYPE_EXCEPTIONS[token]
        return next((c for c in token_candidates(token) if c in self.resources), None)

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


def resolve_property(fields: dict[str, Field], pulumi_name: str, tf_type: str = "*") -> Field | None:
    """The field a camelCase Pulumi property maps to, confirmed by the schema (exceptions table first)."""
    for key in ((tf_type, pulumi_name), ("*", pulumi_name)):
        if key in PROPERTY_EXCEPTIONS and PROPERTY_EXCEPTIONS[key] in fields:
            return fields[PROPERTY_EXCEPTIONS[key]]
    snake = camel_to_snake(pulumi_name)
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
