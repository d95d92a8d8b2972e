"""The translation in Terraform's native syntax (``main.tf``), for readers that judge HCL better than JSON.

``make scan`` hands this rendering to checkov: its ``terraform`` runner (the one its checks are written and
tested against) reads ``.tf`` files only; ``.tf.json`` goes to a ``terraform_json`` runner that wraps every
nested JSON object as if it were a block. Measured with checkov 3.3.30 on the same resources: a policy given
as a JSON object there passes ``CKV_AWS_62`` with ``Action: "*"`` (the document is mangled), a policy given
as a string leaves the cloudsplaining checks (``CKV_AWS_286``..``290``, ``355``) UNKNOWN, and a security group
whose inline rules carry explicit nulls passes ``CKV_AWS_24`` while open to SSH from anywhere. Here:

- a string attribute whose value is a JSON document (an object, or a list of objects: IAM, bucket, key,
  queue and topic policies, container definitions ...) is written ``jsonencode(<object>)``, as a program
  written in HCL would, so checkov evaluates the document;
  Inside a document a reference is written as its address (``aws_s3_bucket.data.arn/*``), the text checkov
  itself puts in place of a value it cannot know: checkov 3.3.30 gives up on the whole document (every
  cloudsplaining check UNKNOWN) when one reference appears twice inside one ``jsonencode`` (measured on the
  template's instance role policy);
- a list-of-objects attribute (security-group ``ingress``/``egress``, route tables ...) is written as
  repeated blocks, Terraform's "attributes as blocks" form, and every unset (null) argument is left out.
  ``main.tf.json`` cannot do that: in JSON syntax Terraform requires every key of such an object.

Everything else is the same document (``translate.Translation.document``), value for value; ``terraform
validate`` accepts both renderings (tests/test_tf_bridge.py, marked ``provider``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from tools.tf_bridge.schema import Field, ProviderSchema, fields_of

INDENT = "  "
META_ARGUMENTS = ("provider", "depends_on")


@dataclass
class Hcl:
    """A ``main.tf`` and where each resource block sits in it."""

    text: str
    lines: dict[str, tuple[int, int]] = field(default_factory=dict)
    """Terraform address (``aws_vpc.network-vpc``) -> first and last line (1-based) of its block."""


def json_document(text: str) -> Any:
    """The parsed document when ``text`` is a JSON object or a non-empty list of objects, else None.

    Decided by the value, not by a list of attribute names, so a policy-like argument of a type the template
    does not use is rendered the same way."""
    if not text.lstrip().startswith(("{", "[")):
        return None
    try:
        document = json.loads(text)
    except ValueError:
        return None
    if isinstance(document, dict) or (
        isinstance(document, list) and document and all(isinstance(item, dict) for item in document)
    ):
        return document
    return None


_REFERENCE = re.compile(r"(?<!\$)\$\{([^{}]*)\}")


def _string(text: str) -> str:
    # The document's strings are already Terraform templates (``$${`` for a literal, ``${ref}`` for a
    # reference); HCL quoted strings use the same template syntax and JSON's escapes.
    return json.dumps(text, ensure_ascii=False)


def expression(value: Any, documents: bool = True, inside: bool = False) -> str:
    """``value`` (from the Terraform JSON document) as one HCL expression: with ``documents``, a string that
    is a JSON document becomes ``jsonencode(...)``; ``inside`` such a document, references become text."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return json.dumps(value)
    if isinstance(value, str):
        if inside:  # references as their address text (module docstring)
            return _string(_REFERENCE.sub(r"\1", value))
        document = json_document(value) if documents else None
        return _string(value) if document is None else f"jsonencode({expression(document, False, inside=True)})"
    if isinstance(value, list):
        return "[" + ", ".join(expression(v, documents, inside) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_string(k)} = {expression(v, documents, inside)}" for k, v in value.items()) + "}"
    raise TypeError(f"no HCL form for {type(value).__name__}")


def _object_list(spec: dict[str, Any]) -> bool:
    """An attribute of type list or set of objects: the provider also takes it as repeated blocks."""
    cty = spec.get("type")
    return (
        isinstance(cty, list)
        and len(cty) == 2
        and cty[0] in ("list", "set")
        and isinstance(cty[1], list)
        and cty[1][:1] == ["object"]
    )


class _Writer:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def line(self, depth: int, text: str) -> None:
        self.lines.append(INDENT * depth + text)

    def body(self, depth: int, body: dict[str, Any], fields: dict[str, Field]) -> None:
        for key, value in body.items():
            if value is None:
                continue  # unset: left out, as a program written in HCL leaves it out
            target = fields.get(key)
            if target is not None and target.kind == "block":
                self.blocks(depth, key, value, target.spec)
            elif (
                target is not None
                and target.kind == "attribute"
                and _object_list(target.spec)
                and isinstance(value, list)
                and value
                and all(isinstance(item, dict) for item in value)
            ):
                for item in value:
                    self.line(depth, f"{key} {{")
                    self.body(depth + 1, item, {})
                    self.line(depth, "}")
            else:
                self.line(depth, f"{key} = {expression(value)}")

    def blocks(self, depth: int, key: str, value: Any, spec: dict[str, Any]) -> None:
        inner = fields_of(spec["block"])
        if spec.get("nesting_mode") == "map" and isinstance(value, dict):
            for label, item in value.items():
                self.line(depth, f"{key} {_string(label)} {{")
                self.body(depth + 1, item or {}, inner)
                self.line(depth, "}")
            return
        for item in value if isinstance(value, list) else [value]:
            self.line(depth, f"{key} {{")
            self.body(depth + 1, item or {}, inner)
            self.line(depth, "}")


def render(document: dict[str, Any], schema: ProviderSchema) -> Hcl:
    """``main.tf`` for a translation's ``document`` (the shape ``translate.Translator`` builds)."""
    w = _Writer()
    providers = document.get("terraform", {}).get("required_providers", {})
    w.line(0, "terraform {")
    w.line(1, "required_providers {")
    for name, requirement in providers.items():
        w.line(2, f"{name} = {expression(requirement)}")
    w.line(1, "}")
    w.line(0, "}")
    for block in document.get("provider", {}).get("aws", []):
        w.line(0, 'provider "aws" {')
        w.body(1, block, fields_of(schema.provider_block))
        w.line(0, "}")
    spans: dict[str, tuple[int, int]] = {}
    for tf_type, bodies in document.get("resource", {}).items():
        fields = fields_of(schema.block(tf_type))
        for name, body in bodies.items():
            start = len(w.lines) + 1
            w.line(0, f"resource {_string(tf_type)} {_string(name)} {{")
            if "provider" in body:
                w.line(1, f"provider = {body['provider']}")
            if "depends_on" in body:
                w.line(1, f"depends_on = [{', '.join(body['depends_on'])}]")
            w.body(1, {k: v for k, v in body.items() if k not in META_ARGUMENTS}, fields)
            w.line(0, "}")
            spans[f"{tf_type}.{name}"] = (start, len(w.lines))
    for name, output in document.get("output", {}).items():
        w.line(0, f"output {_string(name)} {{")
        w.line(1, f"value = {expression(output['value'], documents=False)}")
        w.line(0, "}")
    return Hcl("\n".join(w.lines) + "\n", spans)
