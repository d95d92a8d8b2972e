"""Generate tools/offline_preview/autonames.py: for every pulumi-aws resource type that Pulumi autonames, the input
it fills (``name`` for most) and how (separator, maximum length, lower case).

The rule is the provider's own (pulumi-aws ``provider/autonaming.go``): every resource whose Terraform schema has
an input ``name`` gets ``AutoName("name", 255, "-")`` unless ``provider/resources.go`` configures that field
itself. In the installed SDK that shows as a ``name`` input the resource does not require (``_internal_init``
raises no "Missing required property 'name'") and a ``name`` output typed ``pulumi.Output[str]`` (never
``Optional``: the provider always fills it). The few explicit ``resources.go`` settings (another key such as an S3
bucket's ``bucket``, a shorter maximum, lower case, ``_``) cannot be read from the SDK: they are listed in
``OVERRIDES`` below with the line they come from, and the drift test checks each against the SDK (the key must be
an optional input with a non-optional output), so an upgrade that drops one fails.

Read from the installed pulumi_aws's source, not by importing it (importing every module takes minutes). Run after
upgrading pulumi-aws:

    .venv/bin/python -m tools.offline_preview.gen_autonames

``tests/test_autonames.py`` regenerates the table in memory and fails when the checked-in copy drifts.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import NamedTuple

REPO = Path(__file__).resolve().parents[2]
TABLE = REPO / "tools" / "offline_preview" / "autonames.py"
_INIT = re.compile(r"def _internal_init\(__self__,(.*?)\):", re.S)
_TOKEN = re.compile(r"super\(\w+, __self__\)\.__init__\(\s*'(aws:[^']+)'")


class Rule(NamedTuple):
    """How the provider names one resource type's ``key`` when the program leaves it unset."""

    key: str
    """The wire (camelCase) input name."""
    max_length: int
    lower: bool = False
    separator: str = "-"


DEFAULT_MAX = 255
"""``setAutonaming``'s maximum in pulumi-aws provider/autonaming.go."""

# Explicit Fields in pulumi-aws provider/resources.go (AutoName / AutoNameTransform / AutoNameWithCustomOptions);
# each replaces the default rule for its type. Keys are wire names.
OVERRIDES: dict[str, Rule] = {
    "aws:s3/bucket:Bucket": Rule("bucket", 63, lower=True),  # "bucket": AutoNameTransform("bucket", 63, ToLower)
    "aws:s3/bucketV2:BucketV2": Rule("bucket", 63, lower=True),
    "aws:elasticache/cluster:Cluster": Rule("clusterId", 50, lower=True),  # AutoNameTransform("clusterId", 50, ...)
    "aws:elasticsearch/domain:Domain": Rule("domainName", 28, lower=True),  # AutoNameTransform("domainName", 28, ...)
    "aws:iot/topicRule:TopicRule": Rule("name", DEFAULT_MAX, separator="_"),  # AutoNameWithCustomOptions Separator "_"
    "aws:iam/role:Role": Rule("name", 64),  # "name": AutoName("name", 64, "-")
    "aws:lb/targetGroup:TargetGroup": Rule("name", 32),  # "name": AutoName("name", 32, "-")
    "aws:alb/targetGroup:TargetGroup": Rule("name", 32),
    "aws:lb/loadBalancer:LoadBalancer": Rule("name", 32),
    "aws:alb/loadBalancer:LoadBalancer": Rule("name", 32),
    "aws:lambda/function:Function": Rule("name", 64),  # "function_name": {Name: "name", Default: AutoName(64)}
}


def package_dir() -> Path:
    """The installed pulumi_aws package, found without importing it."""
    for entry in sys.path:
        candidate = Path(entry) / "pulumi_aws"
        if (candidate / "pulumi-plugin.json").is_file():
            return candidate
    raise SystemExit("pulumi_aws is not installed in this environment")


def _snake(wire: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", wire).lower()


def provider_fills(text: str, signature: str, key: str) -> bool:
    """Whether a resource module takes ``key`` (wire name) as an input it does not require, and always has it as
    an output: the provider fills it when the program does not."""
    py = _snake(key)
    optional_input = re.search(rf"^\s*{py}: pulumi\.Input\[Optional\[", signature, re.M) or re.search(
        rf"^\s*{py}: Optional\[pulumi\.Input\[", signature, re.M
    )
    required = f"Missing required property '{py}'" in text
    output = re.search(rf"def {py}\(self\) -> pulumi\.Output\[(?:_builtins\.)?str\]:", text)
    return bool(optional_input) and not required and bool(output)


def autonamed_types(package: Path) -> tuple[str, dict[str, Rule]]:
    """(pulumi-aws version, token -> rule) for every resource type the provider autonames."""
    version = json.loads((package / "pulumi-plugin.json").read_text())["version"]
    found: dict[str, Rule] = {}
    for path in package.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if "_internal_init" not in text:
            continue
        signature = _INIT.search(text)
        token = _TOKEN.search(text)
        if not (signature and token):
            continue
        tok = token.group(1)
        rule = OVERRIDES.get(tok, Rule("name", DEFAULT_MAX))
        if provider_fills(text, signature.group(1), rule.key):
            found[tok] = rule
    return version, dict(sorted(found.items()))


def render(version: str, rules: dict[str, Rule]) -> str:
    """The checked-in module's text."""
    # Written as `ruff format` writes it (double quotes), so the linter leaves the generated file alone.
    rows = "\n".join(
        f'    "{token}": ("{rule.key}", {rule.max_length}, {rule.lower}, "{rule.separator}"),'
        for token, rule in rules.items()
    )
    return (
        '"""Every pulumi-aws resource type Pulumi autonames: token -> (input key, maximum length, lower case, '
        "separator).\nGENERATED from pulumi-aws "
        f"{version} by `python -m tools.offline_preview.gen_autonames`; do not edit by hand (a test\nregenerates it "
        'and fails on drift)."""\n\n'
        f'PULUMI_AWS_VERSION = "{version}"\n'
        f"AUTONAMED: dict[str, tuple[str, int, bool, str]] = {{\n{rows}\n}}\n"
    )


def generate() -> str:
    return render(*autonamed_types(package_dir()))


def main() -> int:
    text = generate()
    TABLE.write_text(text, encoding="utf-8")
    print(f"wrote {TABLE.relative_to(REPO)} ({text.count(chr(10) + '    ')} types)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
