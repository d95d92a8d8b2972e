"""Helpers for the effective-state rule tables (tests/test_policy_forms_*.py): a program is a list of
resources linked by property dependency, judged the way the CLI judges it (each resource, then the stack)."""

from __future__ import annotations

import json

from pulumi.runtime import rpc

from tests.support.resources import custom_resource
from tools.offline_preview.analyzer import PolicyPackProcess, Violation, default_provider
from tools.offline_preview.engine import RecordedResource

TAGS = {"Owner": "o", "Environment": "dev", "Project": "p", "CostCenter": "c"}
PROVIDER = default_provider({"aws:region": "eu-west-1", "aws:defaultTags": json.dumps({"tags": TAGS})}, "test", "starter")
UNKNOWN = rpc.UNKNOWN


def res(
    type_: str, name: str, props: dict | None = None, **links: RecordedResource | list[RecordedResource]
) -> RecordedResource:
    """A resource whose inputs named in ``links`` were computed from the given resources."""
    urns = {k: [r.urn for r in (v if isinstance(v, list) else [v])] for k, v in links.items()}
    return custom_resource(type_, name, props or {}, stack="test", project="starter", links=urns)


def judge(pack: PolicyPackProcess, resources: list[RecordedResource]) -> list[Violation]:
    """Every verdict the CLI would get: Analyze for each resource, then AnalyzeStack."""
    found = [v for r in resources for v in pack.analyze(r, PROVIDER)]
    return found + pack.analyze_stack(resources, PROVIDER)


def check_case(pack: PolicyPackProcess, policy: str, resources: list[RecordedResource], offender: str | None) -> None:
    """A failing case: a mandatory violation of ``policy`` names ``offender``. A passing case (offender None):
    no mandatory violation at all."""
    found = judge(pack, resources)
    mandatory = [v for v in found if v.level == "mandatory"]
    if offender is None:
        assert mandatory == [], mandatory
        return
    urn = {r.name: r.urn for r in resources}[offender]
    assert [v for v in mandatory if v.policy == policy and v.urn == urn], found


EBD_UNKNOWN = [
    res("aws:ebs/encryptionByDefault:EncryptionByDefault", "ebd", {"enabled": UNKNOWN}),
    res("aws:ebs/volume:Volume", "vol", {"availabilityZone": "a"}),
]
"""A stack whose EBS encryption by default is unknown during preview (no volume can be judged)."""
