"""CI reports of the offline plan: markdown for a job summary and SARIF 2.1.0 for code scanning."""

from __future__ import annotations

import json

import jsonschema
import pytest
from conftest import REPO

from tools.offline_preview import reports

SCHEMA = json.loads((REPO / "tests" / "fixtures" / "sarif" / "sarif-2.1.0-rtm.5.json").read_text())
POLICIES = {
    "s3-versioning-enabled": reports.PolicyMeta(
        "s3-versioning-enabled",
        "Every bucket has versioning enabled.",
        "Add a BucketVersioning with status Enabled.",
        "mandatory",
        tags=("resilience",),
    ),
    "lb-hardening": reports.PolicyMeta(
        "lb-hardening", "ALBs drop invalid header fields.", "Set dropInvalidHeaderFields.", "advisory"
    ),
}
BUCKET_URN = "urn:pulumi:dev::proj::starter:storage:ReplicatedStorage$aws:s3/bucket:Bucket::data-primary"
LB_URN = "urn:pulumi:dev::proj::aws:lb/loadBalancer:LoadBalancer::edge"


def stack(name: str, violations: list[dict], types: dict[str, int]) -> dict:
    resources = [{"urn": f"u{t}{i}", "type": t, "name": f"n{i}", "custom": True} for t, n in types.items() for i in range(n)]
    levels = [v["level"] for v in violations]
    return {
        "stack": name,
        "project": "proj",
        "preview": False,
        "resources": resources,
        "outputs": {},
        "violations": violations,
        "summary": {
            "resources": len(resources),
            "mandatory": levels.count("mandatory"),
            "advisory": levels.count("advisory"),
        },
    }


VIOLATIONS = [
    {
        "policy": "s3-versioning-enabled",
        "level": "mandatory",
        "urn": BUCKET_URN,
        "type": "aws:s3/bucket:Bucket",
        "name": "data-primary",
        "message": "data-primary: versioning is not enabled | really",
    },
    {
        "policy": "lb-hardening",
        "level": "advisory",
        "urn": LB_URN,
        "type": "aws:lb/loadBalancer:LoadBalancer",
        "name": "edge",
        "message": "edge: dropInvalidHeaderFields is false",
    },
]
DEV = stack("dev", VIOLATIONS, {"aws:s3/bucket:Bucket": 3, "aws:ec2/vpc:Vpc": 1})
PROD = stack("prod", [], {"aws:s3/bucket:Bucket": 3, "aws:ec2/vpc:Vpc": 1, "aws:ec2/natGateway:NatGateway": 3})
FILES = {"starter:storage:ReplicatedStorage": ("components/storage.py", 42)}


def test_markdown_counts_violations_and_remediation():
    text = reports.markdown([DEV, PROD], POLICIES)
    assert "| dev | 4 | 1 | 1 |" in text and "| prod | 7 | 0 | 0 |" in text
    assert text.index("**s3-versioning-enabled** (mandatory, 1)") < text.index("**lb-hardening** (advisory, 1)")
    assert "- `aws:s3/bucket:Bucket` `data-primary`: data-primary: versioning is not enabled \\| really" in text
    assert "- *Fix:* Add a BucketVersioning with status Enabled." in text
    assert "No policy violations." in text and "Δ" not in text


def test_markdown_compares_with_the_base_plan():
    base = [stack("dev", [], {"aws:s3/bucket:Bucket": 2, "aws:ec2/eip:Eip": 1})]
    text = reports.markdown([DEV, PROD], POLICIES, base=base)
    assert "| dev | 4 | 1 | 1 | +1 |" in text and "| prod | 7 | 0 | 0 | new |" in text
    assert "| `aws:s3/bucket:Bucket` | 3 | +1 |" in text
    assert "| `aws:ec2/eip:Eip` | 0 | -1 |" in text and "| `aws:ec2/vpc:Vpc` | 1 | new |" in text


def test_sarif_is_valid_and_locates_each_violation():
    doc = reports.sarif([DEV, PROD], POLICIES, tool="guardrails", version="1.0", files=FILES)
    jsonschema.validate(doc, SCHEMA)
    (run,) = doc["runs"]
    assert [r["id"] for r in run["tool"]["driver"]["rules"]] == ["lb-hardening", "s3-versioning-enabled"]
    bucket, lb = run["results"]
    assert (bucket["ruleId"], bucket["level"], bucket["ruleIndex"]) == ("s3-versioning-enabled", "error", 1)
    assert bucket["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "components/storage.py"},
        "region": {"startLine": 42},
    }
    assert bucket["locations"][0]["logicalLocations"][0]["fullyQualifiedName"] == BUCKET_URN
    assert (lb["level"], lb["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]) == ("warning", "__main__.py")
    assert run["tool"]["driver"]["rules"][1]["help"]["text"] == "Add a BucketVersioning with status Enabled."


def test_sarif_schema_rejects_a_broken_document():
    doc = reports.sarif([DEV], POLICIES, tool="guardrails", version="1.0")
    doc["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, SCHEMA)


def test_declaring_files_finds_component_tokens():
    files = reports.declaring_files(REPO)
    assert any(token.startswith("starter:") for token in files), "the template's components declare type tokens"
    for token, (path, line) in files.items():
        assert f'"{token}"' in (REPO / path).read_text().splitlines()[line - 1]
