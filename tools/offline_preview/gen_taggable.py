"""Generate policies/starter_shared/taggable_types.py: every pulumi-aws resource type whose ``tags`` input is a
map of strings and which has a ``tagsAll`` output (the tags AWS stores on the resource, which provider
``defaultTags`` extend).

Read from the installed pulumi_aws's source (each resource's ``_internal_init`` signature and the type token it
registers), not by importing it: importing every module of pulumi-aws takes minutes. Run after upgrading
pulumi-aws:

    .venv/bin/python -m tools.offline_preview.gen_taggable

``tests/test_policy_tagging.py`` regenerates the table in memory and fails when the checked-in copy drifts.
Resources whose ``tags`` is a list of blocks (``aws:autoscaling/group:Group``) are not in the table: provider
default tags do not reach them, and ``asg-propagate-tags`` judges them.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
TABLE = REPO / "policies" / "starter_shared" / "taggable_types.py"
_INIT = re.compile(r"def _internal_init\(__self__,(.*?)\):", re.S)
_TOKEN = re.compile(r"super\(\w+, __self__\)\.__init__\(\s*'(aws:[^']+)'")
_TAGS_ALL = '__props__.__dict__["tags_all"]'
_MAP_TAGS = re.compile(r"^\s*tags: pulumi\.Input\[Optional\[Mapping\[str,", re.M)


def package_dir() -> Path:
    """The installed pulumi_aws package, found without importing it."""
    for entry in sys.path:
        candidate = Path(entry) / "pulumi_aws"
        if (candidate / "pulumi-plugin.json").is_file():
            return candidate
    raise SystemExit("pulumi_aws is not installed in this environment")


def taggable_types(package: Path) -> tuple[str, list[str]]:
    """(pulumi-aws version, sorted type tokens with a map-typed ``tags`` input)."""
    version = json.loads((package / "pulumi-plugin.json").read_text())["version"]
    found: set[str] = set()
    for path in package.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if "_internal_init" not in text:
            continue
        signature = _INIT.search(text)
        token = _TOKEN.search(text)
        # tags_all (own tags merged with the provider's default tags) marks real resource tags: without it,
        # `tags` is something else (aws:inspector/resourceGroup:ResourceGroup's is a filter).
        if signature and token and _MAP_TAGS.search(signature.group(1)) and _TAGS_ALL in text:
            found.add(token.group(1))
    return version, sorted(found)


def render(version: str, tokens: list[str]) -> str:
    """The checked-in module's text."""
    rows = "\n".join(f"    {token!r}," for token in tokens)
    return (
        '"""Every pulumi-aws resource type with a ``tags`` map input. GENERATED from pulumi-aws '
        f"{version} by\n`python -m tools.offline_preview.gen_taggable`; do not edit by hand (a test regenerates it and "
        'fails on drift)."""\n\n'
        f"PULUMI_AWS_VERSION = {version!r}\n"
        f"TAGGABLE_TYPES: frozenset[str] = frozenset({{\n{rows}\n}})\n"
    )


def generate() -> str:
    return render(*taggable_types(package_dir()))


def main() -> int:
    text = generate()
    TABLE.write_text(text, encoding="utf-8")
    print(f"wrote {TABLE.relative_to(REPO)} ({text.count(chr(10) + '    ')} types)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
