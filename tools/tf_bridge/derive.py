"""Derive the Pulumi token -> Terraform type map, and the argument renames, from the two sources that know them:
the installed pulumi-aws (each resource's ``_internal_init`` inputs and the token it registers, read as source:
importing every module of pulumi-aws takes minutes) and the provider's schema (``terraform providers schema
-json``).

A token's Terraform type is the schema type whose settable arguments best cover the token's inputs (and the
other way round), with the names' shared words and the bridge's naming rule as tie-breakers; a token whose best
candidate covers too little has no counterpart in this provider (pulumi-aws 7 bridges provider 6.x: types added
since 5.x are reported, not guessed). An input that matches no argument by name (snake_case, or the singular of
a plural) is renamed to the one unmatched argument that extends its words (``topic`` -> ``topic_arn``, ``name`` ->
``alarm_name``); an asset or archive input lands on the unmatched ``filename`` or ``source`` argument.

The result is checked in per version pair (``tools/tf_bridge/derived/``); ``python -m tools.tf_bridge.derive``
rewrites it after an upgrade, and tests/test_tf_bridge.py regenerates it and fails on drift. With another
version pair installed, ``load_table`` derives it once and caches it beside the schema.
"""

from __future__ import annotations

import functools
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DERIVED_DIR = Path(__file__).resolve().parent / "derived"
_PARAM = re.compile(r"^\s*(\w+): (.*?) = None,\s*$", re.M)
_TOKEN = re.compile(r"super\(\w+, __self__\)\.__init__\(\s*'(aws:[^']+)'")
_ASSET = re.compile(r"pulumi\.(Archive|Asset)\b")
# Inputs pulumi-aws adds over every resource: never evidence for a type.
PULUMI_ONLY_INPUTS = frozenset({"region"})
# Below this overlap (Dice coefficient of inputs and settable arguments) a candidate is not the token's type.
MIN_OVERLAP = 0.5
MIN_OVERLAP_OTHER_MODULE = 0.75
MIN_PREFIX_EVIDENCE = 3
MIN_OVERLAP_HALF_NAME = 0.9
# A naming-rule candidate is taken at a lower overlap: the rule and the schema agree on the name.
MIN_OVERLAP_NAMED = 0.3
ASSET_TARGETS = ("filename", "source")
# Settable in the schema, but never a Pulumi input: timeouts are the customTimeouts option, id and tags_all are
# the provider's. They count against a candidate only when the token does take them.
NEVER_INPUTS = frozenset({"timeouts", "id", "tags_all"})
# The name only breaks near-ties: aws_s3_object (BucketObjectv2's, all 26 inputs) against aws_s3_bucket_object
# (24 of them, a closer name) is decided by the arguments.
NAME_WEIGHT = 0.03


def package_dir() -> Path:
    """The installed pulumi_aws package, found without importing it."""
    for entry in sys.path:
        candidate = Path(entry) / "pulumi_aws"
        if (candidate / "pulumi-plugin.json").is_file():
            return candidate
    raise FileNotFoundError("pulumi_aws is not installed in this environment")


def pulumi_aws_version(package: Path | None = None) -> str:
    version: str = json.loads(((package or package_dir()) / "pulumi-plugin.json").read_text())["version"]
    return version


def pulumi_inputs(package: Path) -> dict[str, dict[str, bool]]:
    """Every resource token -> its inputs (Python snake_case names) -> whether the input is an asset/archive."""
    out: dict[str, dict[str, bool]] = {}
    for path in sorted(package.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if "_internal_init" not in text:
            continue
        start = text.find("def _internal_init(__self__,")
        end = text.find("__props__=None):", start)
        token = _TOKEN.search(text, end)
        if start < 0 or end < 0 or not token:
            continue
        # A trailing underscore only dodges a Python name (resource_name_, from_): the wire name has none.
        params = {name.rstrip("_"): bool(_ASSET.search(annotation)) for name, annotation in _PARAM.findall(text, start, end)}
        params.pop("opts", None)
        out[token.group(1)] = params
    return out


def _camel_words(text: str) -> list[str]:
    """``graphQLApi`` -> graph, ql, api."""
    return [w.lower() for w in re.findall(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z0-9]+|[A-Z]+", text)]


def _singulars(snake: str) -> list[str]:
    out = []
    if snake.endswith("ies"):
        out.append(snake[:-3] + "y")
    if snake.endswith(("ses", "xes", "ches", "shes")):
        out.append(snake[:-2])
    if snake.endswith("s"):
        out.append(snake[:-1])
    return out


def settable(block: dict[str, Any]) -> set[str]:
    """A schema block's arguments a configuration may set (not the computed-only ones)."""
    attrs = {
        n for n, s in (block.get("attributes") or {}).items() if s.get("optional") or s.get("required") or "nested_type" in s
    }
    return attrs | set(block.get("block_types") or {})


def match_name(name: str, fields: set[str]) -> str | None:
    """The argument a snake_case input matches by the bridge's naming rules alone."""
    if name in fields:
        return name
    return next((s for s in _singulars(name) if s in fields), None)


def rule_candidates(token: str) -> list[str]:
    """The names the bridge's default naming rule gives (``aws_<module>_<name>``, ``aws_<name>``)."""
    module, name = token.split(":")[1].split("/", 1)
    snake = "_".join(_camel_words(name))
    module = module.replace("-", "_").lower()
    out = [f"aws_{snake}"] if snake.startswith(module + "_") or snake == module else []
    return [*out, f"aws_{module}_{snake}", f"aws_{snake}"]


@functools.cache
def name_share(token: str, tf_type: str) -> float:
    """How much of the token's resource name the type's name spells, word by word: the share of its words that
    are a word of the type or start with one (``aws_db_instance``, ``aws_codedeploy_app`` for
    ``application``), counting runs of words a type word joins (``ipSet`` in ``aws_waf_ipset``) and initials
    ending a type word (``loadBalancer`` in ``aws_elb``, ``linkAggregationGroup`` in ``aws_dx_lag``)."""
    module, name = token.split(":")[1].split("/", 1)
    module = module.lower()
    words = [w for w in _camel_words(name) if w]
    tf_words = tf_type.split("_")[1:]
    initials = "".join(w[0] for w in words)
    # Initials alone or after the module's letter: aws_lb, aws_elb and aws_alb are all load balancers.
    if len(words) > 1 and any(t in (initials, module[:1] + initials) for t in tf_words):
        return 1.0
    covered: set[int] = set()
    # Index 0 is the module: a type word may join it to the name's first words (aws_bedrockagent_prompt,
    # aws_lexv2models_bot); only the name's words count.
    seq = [module, *words]
    for i in range(len(seq)):
        for j in range(len(seq), i, -1):
            run = "".join(seq[i:j])
            abbreviated = i > 0 and j == i + 1 and any(len(t) >= 3 and run.startswith(t) for t in tf_words)
            if run in tf_words or abbreviated or (i > 0 and run in module and module in tf_words):
                covered.update(range(max(i, 1), j))
                break
    covered.discard(0)
    # A version suffix (BucketV2, ConnectorV2) names the Pulumi generation, not the type.
    counted = [k for k in range(1, len(seq)) if k in covered or not re.fullmatch(r"v\d+", seq[k])]
    return len(covered) / len(counted) if counted else 0.0


@functools.cache
def module_named(token: str, tf_type: str) -> bool:
    """Whether the type's name carries the token's module, alone or spelled over several words
    (``apigateway`` in ``aws_api_gateway_deployment``)."""
    module = token.split(":")[1].split("/")[0].lower()
    tf_words = tf_type.split("_")[1:]
    return any("".join(tf_words[i:j]) == module for i in range(len(tf_words)) for j in range(i + 1, len(tf_words) + 1))


@dataclass
class Choice:
    tf_type: str | None
    overlap: float
    reason: str = ""


def choose_type(
    token: str,
    inputs: set[str],
    schema: dict[str, set[str]],
    index: dict[str, set[str]],
    prefixes: dict[str, str] | None = None,
) -> Choice:
    """The Terraform type of one token (see the module docstring), or None with the reason."""
    evidence = inputs - PULUMI_ONLY_INPUTS
    hits: Counter[str] = Counter()
    for name in evidence:
        types: set[str] = set()
        for candidate in (name, *_singulars(name)):
            types |= index.get(candidate, set())
        hits.update(types)
    named = [c for c in rule_candidates(token) if c in schema]

    def overlap(tf_type: str) -> float:
        total = len(evidence) + len(schema[tf_type] - (NEVER_INPUTS - evidence))
        return 2 * hits[tf_type] / total if total else 1.0

    def score(tf_type: str) -> tuple[float, int, str]:
        # The name breaks near-ties (aws_guardduty_threatintelset over aws_guardduty_ipset) and exact ones
        # (a deprecated alias such as aws_alb has the same arguments as aws_lb).
        bonus = NAME_WEIGHT * (name_share(token, tf_type) + module_named(token, tf_type))
        return (round(overlap(tf_type) + bonus, 6), -len(tf_type), tf_type)

    if not evidence and named:
        return Choice(named[0], 1.0)  # nothing to compare: the rule's name, confirmed by the schema

    # A candidate's name must spell part of the token's: generic arguments (name, tags, description) alone
    # make unrelated small types look alike.
    def related(tf_type: str) -> bool:
        # Half the name is enough only when nearly every argument agrees (BucketObjectv2 is aws_s3_object).
        share = name_share(token, tf_type)
        return share > 0.5 or (share == 0.5 and overlap(tf_type) >= MIN_OVERLAP_HALF_NAME)

    # Below MIN_OVERLAP - NAME_WEIGHT no name bonus can lift a candidate to the top: skip the name check for them.
    pool = {t for t in hits if overlap(t) >= MIN_OVERLAP - NAME_WEIGHT and related(t)} | set(named)
    if not pool:
        return Choice(
            None, 0.0, f"no provider type with a related name shares {MIN_OVERLAP - NAME_WEIGHT:.2f} of its arguments"
        )
    best = max(pool, key=score)
    for candidate in named:
        # The rule's name wins when its overlap is close to the best: same arguments, the rule's name.
        if overlap(candidate) >= MIN_OVERLAP_NAMED and overlap(candidate) >= overlap(best) - 0.05:
            return Choice(candidate, overlap(candidate))
    # A type under another module's name (aws_prometheus_* for amp, aws_dx_* for directconnect) needs more
    # of the arguments to agree: a name like Api or Domain alone is found in many modules.
    module = token.split(":")[1].split("/")[0]
    prefixed = best.startswith((prefixes or {}).get(module, "-"))
    needed = MIN_OVERLAP if module_named(token, best) or prefixed else MIN_OVERLAP_OTHER_MODULE
    if overlap(best) >= needed:
        return Choice(best, overlap(best))
    return Choice(None, overlap(best), f"best candidate {best} shares only {overlap(best):.2f} of its arguments")


def renames(inputs: dict[str, bool], fields: set[str]) -> dict[str, str]:
    """Inputs whose argument has another name: each unmatched input to the one unmatched argument extending it."""
    unmatched = {n: a for n, a in inputs.items() if n not in PULUMI_ONLY_INPUTS and match_name(n, fields) is None}
    taken = {match_name(n, fields) for n in inputs} - {None}
    free = fields - taken
    out: dict[str, str] = {}
    for name, is_asset in sorted(unmatched.items()):
        if is_asset:
            target = next((t for t in ASSET_TARGETS if t in free), None)
            if target:
                out[name] = target
            continue
        parts = name.split("_")
        extending = [
            f for f in free if (fw := f.split("_")) != parts and (fw[: len(parts)] == parts or fw[-len(parts) :] == parts)
        ]
        if len(extending) == 1:
            out[name] = extending[0]
    # One argument, one input: a pairing two inputs claim is not a rename.
    claimed = Counter(out.values())
    return {n: t for n, t in out.items() if claimed[t] == 1}


def module_prefixes(first: dict[str, str | None]) -> dict[str, str]:
    """Modules whose types carry another name (``cfg`` -> ``aws_config_``, ``amp`` -> ``aws_prometheus_``),
    learnt from a first pass: the type-name prefix most of a module's confident mappings share, when at least
    MIN_PREFIX_EVIDENCE of them agree. A second pass then takes a weaker match under that prefix."""
    seen: dict[str, Counter[str]] = {}
    for token, tf_type in first.items():
        if tf_type is None or module_named(token, tf_type):
            continue
        module = token.split(":")[1].split("/")[0]
        seen.setdefault(module, Counter())["_".join(tf_type.split("_")[:2]) + "_"] += 1
    return {
        module: prefix
        for module, counts in seen.items()
        for prefix, n in counts.most_common(1)
        if n >= MIN_PREFIX_EVIDENCE and n * 2 > sum(counts.values())
    }


def derive(package: Path, schema_document: dict[str, Any], provider_version: str) -> dict[str, Any]:
    """The table (see ``render``) for one installed pulumi-aws and one provider schema."""
    resources: dict[str, Any] = schema_document["resource_schemas"]
    fields = {t: settable(s["block"]) for t, s in resources.items()}
    index: dict[str, set[str]] = {}
    for tf_type, names in fields.items():
        for name in names:
            index.setdefault(name, set()).add(tf_type)
    tokens = pulumi_inputs(package)
    prefixes = module_prefixes({t: choose_type(t, set(i), fields, index).tf_type for t, i in tokens.items()})
    types: dict[str, str] = {}
    missing: dict[str, str] = {}
    renamed: dict[str, dict[str, str]] = {}
    assets: dict[str, dict[str, str]] = {}
    for token, inputs in sorted(tokens.items()):
        choice = choose_type(token, set(inputs), fields, index, prefixes)
        if choice.tf_type is None:
            missing[token] = choice.reason
            continue
        types[token] = choice.tf_type
        found = renames(inputs, fields[choice.tf_type])
        plain = {n: t for n, t in found.items() if not inputs[n]}
        if plain:
            renamed[token] = plain
        files = {n: t for n, t in found.items() if inputs[n]}
        if files:
            assets[token] = files
    return {
        "pulumi_aws_version": pulumi_aws_version(package),
        "provider_version": provider_version,
        "types": types,
        "no_type": missing,
        "renames": renamed,
        "assets": assets,
    }


def table_name(provider_version: str, pulumi_version: str) -> str:
    return f"aws-{provider_version}-pulumi-aws-{pulumi_version}.json"


def render(table: dict[str, Any]) -> str:
    return json.dumps(table, indent=1, sort_keys=True) + "\n"


def checked_in_table() -> dict[str, Any]:
    """The pinned version pair's table (the one file in ``tools/tf_bridge/derived/``)."""
    [path] = sorted(DERIVED_DIR.glob("aws-*.json"))
    table: dict[str, Any] = json.loads(path.read_text())
    return table


def load_table(schema_document: dict[str, Any], provider_version: str, cache: Path | None = None) -> dict[str, Any]:
    """The table for the installed pulumi-aws and this provider: the checked-in copy, else one derived now and
    cached in ``cache`` (seconds: every resource module of pulumi-aws is read)."""
    package = package_dir()
    name = table_name(provider_version, pulumi_aws_version(package))
    for folder in (DERIVED_DIR, cache):
        if folder is not None and (folder / name).is_file():
            table: dict[str, Any] = json.loads((folder / name).read_text())
            return table
    table = derive(package, schema_document, provider_version)
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
        tmp = cache / (name + ".tmp")
        tmp.write_text(render(table))
        tmp.replace(cache / name)
    return table


def main() -> int:
    from tools.tf_bridge.terraform import TerraformUnavailable, find_toolchain, provider_schema

    try:
        toolchain = find_toolchain()
        document = provider_schema(toolchain)
    except TerraformUnavailable as exc:
        print(f"derive: error: {exc}", file=sys.stderr)
        return 2
    package = package_dir()
    table = derive(package, document, toolchain.provider_version)
    DERIVED_DIR.mkdir(exist_ok=True)
    for old in DERIVED_DIR.glob("aws-*.json"):
        old.unlink()  # one pair is pinned at a time; other pairs are derived into the cache on use
    out = DERIVED_DIR / table_name(toolchain.provider_version, table["pulumi_aws_version"])
    out.write_text(render(table))
    print(
        f"wrote {out.name}: {len(table['types'])} tokens mapped, {len(table['no_type'])} without a type in provider "
        f"{toolchain.provider_version}, {sum(map(len, table['renames'].values()))} renamed arguments"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
