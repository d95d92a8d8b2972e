"""docs/policies.md, the coverage map, kept in step with the pack: one row per rule of ALL_POLICIES and none for
a rule the pack lacks, each row at the rule's default level, every equivalent ID in the shape of its tool's IDs,
anchors that do not contradict the map, and a link from the README's policy-pack section."""

from __future__ import annotations

import re
import sys
from collections import Counter

import pytest
from conftest import REPO

sys.path.insert(0, str(REPO / "policies"))
from starter_policies import ALL_POLICIES

DOC = REPO / "docs" / "policies.md"
NONE = "—"
ID_SHAPES = {
    "AwsGuard": re.compile(r"[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+"),
    "cdk-nag": re.compile(r"AwsSolutions-[A-Z]+\d+"),
    "checkov": re.compile(r"CKV2?_AWS_\d+"),
}
"""Each tool's ID shape: Guard rule names in UPPER_SNAKE, cdk-nag's AwsSolutions-<service><n>, checkov's AWS checks."""


def section(text: str, heading: str) -> str:
    """The body of a ``##`` section, up to the next ``##`` heading."""
    marker = f"\n## {heading}\n"
    assert marker in text, f"no section '## {heading}'"
    return text.split(marker, 1)[1].split("\n## ", 1)[0]


def table(body: str) -> list[dict[str, str]]:
    """The first markdown table of a section as rows keyed by header; a row whose cell count differs fails."""
    lines = [line.strip() for line in body.splitlines() if line.strip().startswith("|")]
    header, rows = lines[0], lines[2:]

    def cells(line: str) -> list[str]:
        return [cell.strip() for cell in line.strip("|").split("|")]

    names = cells(header)
    parsed = []
    for line in rows:
        values = cells(line)
        assert len(values) == len(names), f"{len(values)} cells, {len(names)} headers (a stray '|'?): {line[:80]}"
        parsed.append(dict(zip(names, values, strict=True)))
    return parsed


def bad_ids(tool: str, cell: str) -> list[str]:
    """The items of an ID cell that are not IDs of ``tool``: ``—`` alone, or IDs separated by ', '."""
    if cell == NONE:
        return []
    return [item for item in cell.split(", ") if not ID_SHAPES[tool].fullmatch(item)]


def rule_rows() -> list[dict[str, str]]:
    return table(section(DOC.read_text(), "Rules"))


def anchor_rows() -> list[dict[str, str]]:
    return table(section(DOC.read_text(), "Anchor checks deliberately not implemented"))


def documented_rule(row: dict[str, str]) -> str:
    return row["Rule"].strip("`")


# -- the ID shapes, one case per clause ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("tool", "cell", "offenders"),
    [
        ("cdk-nag", "AwsSolutions-S10", []),
        ("cdk-nag", "AwsSolutions-S1, AwsSolutions-VPC7", []),
        ("cdk-nag", "AwsSolutions-s10", ["AwsSolutions-s10"]),
        ("cdk-nag", "S10", ["S10"]),
        ("cdk-nag", "HIPAA.Security-ALBHttpDropInvalidHeaderEnabled", ["HIPAA.Security-ALBHttpDropInvalidHeaderEnabled"]),
        ("checkov", "CKV_AWS_79, CKV2_AWS_20", []),
        ("checkov", "CKV_AZURE_1", ["CKV_AZURE_1"]),
        ("checkov", "CKV_AWS_1,CKV_AWS_2", ["CKV_AWS_1,CKV_AWS_2"]),
        ("checkov", "CKV3_AWS_1", ["CKV3_AWS_1"]),
        ("AwsGuard", "S3_BUCKET_SSL_REQUESTS_ONLY", []),
        ("AwsGuard", "aws_sns_topics_must_be_encrypted_using_kms", ["aws_sns_topics_must_be_encrypted_using_kms"]),
        ("AwsGuard", "ENCRYPTED", ["ENCRYPTED"]),
        ("AwsGuard", NONE, []),
        ("AwsGuard", f"{NONE}, INCOMING_SSH_DISABLED", [NONE]),
        ("checkov", "", [""]),
    ],
)
def test_id_shapes(tool, cell, offenders):
    assert bad_ids(tool, cell) == offenders


# -- the map against the pack ------------------------------------------------------------------------------------
def test_every_rule_has_exactly_one_row_and_no_row_names_a_rule_the_pack_lacks():
    counts = Counter(documented_rule(row) for row in rule_rows())
    pack = {policy.name for policy in ALL_POLICIES}
    assert not {name for name, n in counts.items() if n > 1}, f"rules with more than one row: {counts}"
    missing = sorted(pack - set(counts))
    levels = {policy.name: policy.enforcement_level.value for policy in ALL_POLICIES}
    assert not missing, "docs/policies.md has no row for these rules; add: " + " ".join(
        f"| `{name}` | <what it checks> | {levels[name]} | {NONE} | {NONE} | {NONE} | <differences> |" for name in missing
    )
    assert not set(counts) - pack, f"docs/policies.md has rows for rules the pack lacks: {sorted(set(counts) - pack)}"


def test_each_row_states_the_rules_default_level():
    levels = {policy.name: policy.enforcement_level.value for policy in ALL_POLICIES}
    wrong = {
        documented_rule(row): (row["Level"], levels.get(documented_rule(row)))
        for row in rule_rows()
        if row["Level"] != levels.get(documented_rule(row))
    }
    assert not wrong, f"documented level, pack level: {wrong}"


def test_every_rule_says_what_it_checks_and_every_difference_is_explained():
    empty = [documented_rule(row) for row in rule_rows() if not row["Checks"] or not row["Notes"]]
    assert not empty, f"rows without Checks or Notes: {empty}"


def test_every_equivalent_id_has_its_tools_shape():
    offenders = {
        (documented_rule(row), tool): bad_ids(tool, row[tool])
        for row in rule_rows()
        for tool in ID_SHAPES
        if bad_ids(tool, row[tool])
    }
    assert not offenders, f"IDs not in their tool's shape (one ID or '{NONE}', ', '-separated): {offenders}"


def test_anchor_checks_have_a_tool_an_id_of_its_shape_and_a_reason_and_are_not_also_mapped():
    anchors = anchor_rows()
    assert anchors, "list the anchor checks left out, with the reason"
    for row in anchors:
        assert row["Tool"] in ID_SHAPES, f"{row['Check']}: unknown tool {row['Tool']!r}"
        assert ID_SHAPES[row["Tool"]].fullmatch(row["Check"]), f"{row['Check']} is not a {row['Tool']} ID"
        assert row["Why not"], f"{row['Check']}: say why it is left out"
    ids = [row["Check"] for row in anchors]
    assert len(ids) == len(set(ids)), f"anchors listed twice: {[i for i, n in Counter(ids).items() if n > 1]}"
    mapped = {item for row in rule_rows() for tool in ID_SHAPES if row[tool] != NONE for item in row[tool].split(", ")}
    assert not mapped & set(ids), f"listed both as an equivalent and as not implemented: {sorted(mapped & set(ids))}"


def test_readme_policy_pack_section_links_the_map():
    body = section((REPO / "README.md").read_text(), "Policy pack (`policies/`)")
    assert "](docs/policies.md)" in body, "link docs/policies.md from the README's Policy pack section"
