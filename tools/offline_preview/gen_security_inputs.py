"""Generate policies/starter_shared/security_inputs.py: every pulumi-aws resource type's security-relevant inputs
(encryption at rest and in transit, public exposure, resource-based policy documents, plaintext secrets), found
by the input's name, type and docstring, top-level or one block deep (``nodeToNodeEncryption.enabled``).

Read from the installed pulumi_aws's source, not by importing it (importing every module takes minutes), in the
style of ``gen_taggable``. Run after upgrading pulumi-aws:

    .venv/bin/python -m tools.offline_preview.gen_security_inputs

``tests/test_policy_derived.py`` regenerates the table in memory and fails when the checked-in copy drifts, and
fails when a row has no classification in ``policies/starter_shared/security_classification.py``.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

from tools.offline_preview.gen_taggable import package_dir, taggable_types

REPO = Path(__file__).resolve().parents[2]
TABLE = REPO / "policies" / "starter_shared" / "security_inputs.py"
DOC = REPO / "docs" / "policies.md"
DOC_HEADING = "## Derived coverage (generated)"
_INIT = re.compile(r"def _internal_init\(__self__,(.*?)\):", re.S)
_TOKEN = re.compile(r"super\(\w+, __self__\)\.__init__\(\s*'(aws:[^']+)'")
_PARAM = re.compile(r"^\s*(\w+): pulumi\.Input\[(.*?)\](?: = None)?,?$", re.M)
_DOC = re.compile(r":param [^\n]*? (\w+): ([^\n]*)")
_CLASS_INIT = re.compile(r"^class (\w+Args):\n    def __init__\(__self__, \*,(.*?)\):\n(\s+\"\"\"(.*?)\"\"\")?", re.S | re.M)
_BLOCK = re.compile(r"'(\w+Args)'")

# Name patterns, checked on the input's snake_case name (and, one block deep, its block's name).
_TRANSIT = re.compile(
    r"transit_encryption|node_to_node|in_transit|inter_container_traffic_encryption|enforce_https|(^|\.)(tls_enabled|require_tls)$"
)
_STRING_SWITCH = re.compile(r"^(encrypted|storage_encrypted)$")
_ENCRYPT = re.compile(r"encrypt")
_KEY = re.compile(r"(^|_)kms_(key|master_key)(_id|_arn|_identifier)?$|^kms_arn$|^encryption_key(_arn|_id)?$")
_ENC_TYPE = re.compile(r"^(encryption_type|sse_algorithm|sse_type|encryption_option)$|(^|_)encryption_mode$")
_TRANSIT_MODE = re.compile(r"^transit_encryption(_mode)?$|(^|_)endpoint_encryption_type$")
_TLS_POLICY = re.compile(
    r"^(tls_security_policy|minimum_tls_version|min_tls_version|tls_policy|ssl_policy|security_policy|security_policy_name)$"
)
_PLAINTEXT_PROTOCOL = re.compile(r"^(client_broker|ssl_mode)$")
_PUBLIC_MODE = re.compile(r"^(direct_internet_access|webserver_access_mode|app_network_access_type|root_access)$")
_PRINCIPAL = re.compile(r"^principal$")
_SHARED = re.compile(r"^shared_accounts$")
_PUBLIC_SWITCH = re.compile(
    r"^(publicly_accessible|endpoint_public_access|associate_public_ip_address|assign_public_ip|map_public_ip_on_launch)$"
)
_BLOCK_PUBLIC = re.compile(r"^block_public_security_group_rules$")  # a guard: false opens the resource
_PUBLIC_CIDRS = re.compile(r"^public_access_cidrs$")
_NO_AUTH = re.compile(r"^no_password_required$")  # true lets anyone who reaches the endpoint in
# Inputs whose absence the provider documents as opening the resource to 0.0.0.0/0 (EKS node groups' SSH sources).
_OPEN_WHEN_ABSENT = re.compile(r"(do not specify this configuration|not specify `\w+`).*0\.0\.0\.0/0", re.S)
_POLICY = re.compile(r"^(policy|access_policy|access_policies|policy_document|resource_policy|key_policy|policy_text)$")
# connection_properties: Glue stores the map in the catalog and returns it to readers (PASSWORD vs SECRET_ID).
_ENVIRONMENT = re.compile(r"^(variables|environment_variables|environment|connection_properties)$")
_CONTAINER_JSON = re.compile(r"^(container_definitions|container_properties)$")

Row = tuple[str, str, str, str]
"""(type token, input path in wire names, family, kind)."""


def camel(name: str) -> str:
    head, *rest = name.rstrip("_").split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def _shape(annotation: str) -> str:
    """'bool', 'str', 'map', 'list' or 'block:<ArgsClass>' of a parameter annotation."""
    inner = annotation.removeprefix("Optional[").removeprefix("Union[")
    if inner.startswith("_builtins.bool"):
        return "bool"
    if inner.startswith("_builtins.str"):
        return "str"
    if inner.startswith("Mapping["):
        return "map"
    block = _BLOCK.search(inner)
    if inner.startswith("Sequence["):
        return f"list:{block.group(1)}" if block else "list"
    if block:
        return f"block:{block.group(1)}"
    return "other"


def parent_type(shape: str) -> str:
    return shape.split(":", 1)[-1].lower()


def classify(name: str, parent: str, shape: str, doc: str) -> tuple[str, str] | None:
    """(family, kind) of an input, or None when it says nothing about security."""
    both = f"{parent}.{name}"
    if shape == "bool":
        if _PUBLIC_SWITCH.match(name) or _BLOCK_PUBLIC.match(name) or _NO_AUTH.match(name):
            return ("exposure", "switch")
        if _TRANSIT.search(both):
            return ("in-transit", "switch")
        if _ENCRYPT.search(both) and "context" not in both and "key" not in name:
            return ("at-rest", "switch")
        return None
    if shape == "str":
        if _STRING_SWITCH.match(name):  # aws:redshift/cluster:Cluster takes "true"/"false"
            return ("at-rest", "switch")
        if _KEY.search(name):
            return ("at-rest", "key")
        if _TRANSIT_MODE.search(name):
            return ("in-transit", "mode")
        if _ENC_TYPE.search(name):
            return ("at-rest", "type")
        if _TLS_POLICY.match(name):
            return ("in-transit", "tls-policy")
        if _PLAINTEXT_PROTOCOL.match(name):
            return ("in-transit", "protocol")
        if _PUBLIC_MODE.match(name) or (name == "type" and parent == "public_access"):
            return ("exposure", "mode")
        if name == "type" and parent == "authentication_mode" and "no-password-required" in doc:
            return ("exposure", "mode")
        if _PRINCIPAL.match(name) or (name == "group" and re.search(r"[`\"]all[`\"]", doc)):
            return ("exposure", "principal")
        if _POLICY.match(name) and re.search(r"json|policy document|iam|text of the policy", doc, re.I):
            return ("resource-policy", "document")
        if _CONTAINER_JSON.match(name) and "json" in doc.lower():
            return ("secrets", "container-json")
        if name == "configuration" and re.search(r"json formatted security configuration", doc, re.I):
            return ("at-rest", "settings-json")
        if name == "type" and "SecureString" in doc:
            return ("secrets", "parameter-type")
        return None
    if shape == "map" and _ENVIRONMENT.match(name) and (parent == "" or "environment" in parent):
        return ("secrets", "environment")
    if shape == "map" and name == "runtime_environment_variables":  # App Runner, nested in its image/code config
        return ("secrets", "environment")
    if shape.startswith("list") and _PUBLIC_CIDRS.match(name):
        return ("exposure", "cidrs")
    if shape.startswith("list") and "0.0.0.0/0" in doc and re.search(r"cidr", doc, re.I) and "client" in name:
        return ("exposure", "cidrs")  # Storage Gateway NFS shares' clientList: ["0.0.0.0/0"] admits anyone
    if shape.startswith("list") and _OPEN_WHEN_ABSENT.search(doc):
        return ("exposure", "sources")
    if shape.startswith("list") and _SHARED.match(name):
        return ("exposure", "principal")
    if shape.startswith("list:") and name == "parameters" and parent_type(shape).endswith("parametergroupparameterargs"):
        return ("in-transit", "parameters")  # engine parameters (rds.force_ssl, require_ssl, tls)
    if shape.startswith("list") and name == "protocols" and "FTP" in doc:
        return ("in-transit", "protocol")
    if shape.startswith("list:") and name == "environment_variables":  # CodeBuild: [{name, value, type}]
        return ("secrets", "environment")
    return None


def _params(signature: str) -> list[tuple[str, str]]:
    return [(m.group(1), m.group(2)) for m in _PARAM.finditer(signature) if m.group(1) not in ("region", "tags")]


def _docs(text: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for match in _DOC.finditer(text):
        found.setdefault(match.group(1), match.group(2))
    return found


def input_classes(package: Path) -> dict[tuple[str, str], tuple[list[tuple[str, str]], dict[str, str]]]:
    """(module dir, ArgsClass) -> (params, docs) of every input type in every ``_inputs.py``."""
    found = {}
    for path in package.rglob("_inputs.py"):
        text = path.read_text(encoding="utf-8")
        for match in _CLASS_INIT.finditer(text):
            found[(str(path.parent), match.group(1))] = (_params(match.group(2)), _docs(match.group(4) or ""))
    return found


def security_inputs(package: Path) -> tuple[str, list[Row]]:
    version, _ = taggable_types(package)
    classes = input_classes(package)
    rows: set[Row] = set()
    for path in package.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if "_internal_init" not in text:
            continue
        signature, token = _INIT.search(text), _TOKEN.search(text)
        if not signature or not token:
            continue
        docs = _docs(text)
        params = [(name, annotation, docs.get(name, "")) for name, annotation in _params(signature.group(1))]
        rows |= _walk(token.group(1), str(path.parent), params, classes, "", "", depth=3)
    return version, sorted(rows)


def _walk(
    token: str,
    module: str,
    params: list[tuple[str, str, str]],
    classes: dict[tuple[str, str], tuple[list[tuple[str, str]], dict[str, str]]],
    prefix: str,
    parent: str,
    depth: int,
) -> set[Row]:
    """Rows of ``params`` and, ``depth`` blocks deep, of the blocks they hold."""
    rows: set[Row] = set()
    for name, annotation, doc in params:
        shape = _shape(annotation)
        found = classify(name, parent, shape, doc)
        if found:
            rows.add((token, f"{prefix}{camel(name)}", *found))
        if depth and ":" in shape:
            nested = classes.get((module, shape.split(":", 1)[1]))
            if nested:
                children = [(child, ann, nested[1].get(child, "")) for child, ann in nested[0]]
                rows |= _walk(token, module, children, classes, f"{prefix}{camel(name)}.", name, depth - 1)
    return rows


def render(version: str, rows: list[Row]) -> str:
    lines = "\n".join(f"    {row!r}," for row in rows)
    return (
        '"""Every pulumi-aws resource type\'s security-relevant inputs: (type, input path, family, kind).\n'
        f"GENERATED from pulumi-aws {version} by `python -m tools.offline_preview.gen_security_inputs`; do not edit\n"
        "by hand (a test regenerates it and fails on drift). Each row is classified in "
        'security_classification.py."""\n\n'
        f"PULUMI_AWS_VERSION = {version!r}\n"
        f"SECURITY_INPUTS: tuple[tuple[str, str, str, str], ...] = (\n{lines}\n)\n"
    )


def generate() -> str:
    return render(*security_inputs(package_dir()))


def coverage(rows: list[Row]) -> str:
    """docs/policies.md's generated section: per service, each row's judge or its exemption and why."""
    if str(REPO / "policies") not in sys.path:
        sys.path.insert(0, str(REPO / "policies"))
    from starter_shared.security_classification import Exempt, verdict

    services: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for token, path, family, kind in rows:
        found = verdict(token, path, family, kind)
        where = f"{token.rsplit(':', 1)[1]}.{path}"
        if found is None:
            services[token.split(":")[1].split("/")[0]]["**unclassified**"].append(where)
        elif isinstance(found, Exempt):
            services[token.split(":")[1].split("/")[0]][f"exempt: {found.why}"].append(where)
        else:
            note = f" ({found.why})" if found.why and found.absent == "fail" else ""
            services[token.split(":")[1].split("/")[0]][f"`{found.rule}`"].append(where + note)
    lines = [
        DOC_HEADING,
        "",
        "Every security-relevant input of every pulumi-aws resource type (`policies/starter_shared/security_inputs.py`,",
        "generated from the installed pulumi-aws) and its classification (`security_classification.py`): the rule that",
        "judges it, or why it is exempt. Regenerate both this section and the table after upgrading pulumi-aws with",
        "`.venv/bin/python -m tools.offline_preview.gen_security_inputs`; `tests/test_policy_derived.py` fails when",
        "either is stale or a row is unclassified.",
        "",
        "| Service | Verdict | Inputs |",
        "|---|---|---|",
    ]
    for service in sorted(services):
        for verdict_text in sorted(services[service]):
            inputs = ", ".join(sorted(set(services[service][verdict_text])))
            lines.append(f"| {service} | {verdict_text.replace('|', '/')} | {inputs.replace('|', '/')} |")
    return "\n".join(lines) + "\n"


def document(current: str, section: str) -> str:
    """``current`` (docs/policies.md) with its generated section replaced by ``section`` (appended if absent)."""
    head, marker, rest = current.partition("\n" + DOC_HEADING + "\n")
    if not marker:
        return current.rstrip("\n") + "\n\n" + section
    tail = rest.split("\n## ", 1)
    return head + "\n" + section + ("\n## " + tail[1] if len(tail) > 1 else "")


def main() -> int:
    version, rows = security_inputs(package_dir())
    text = render(version, rows)
    TABLE.write_text(text, encoding="utf-8")
    DOC.write_text(document(DOC.read_text(encoding="utf-8"), coverage(rows)), encoding="utf-8")
    print(f"wrote {TABLE.relative_to(REPO)} ({len(rows)} rows) and {DOC.relative_to(REPO)}'s generated section")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
