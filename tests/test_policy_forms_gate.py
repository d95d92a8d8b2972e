"""The effective-state rules give the same verdicts with and without the pack's request cache (which skips a
stack rule whose resource types the stack does not hold, and runs each rule's resource half only for its
types): the plain SDK serving the same rules is the reference."""

from __future__ import annotations

from conftest import REPO
from forms_helpers import EBD_UNKNOWN, PROVIDER
from test_policy_forms_compute import CASES as COMPUTE
from test_policy_forms_network import CASES as NETWORK
from test_policy_forms_storage import CASES as STORAGE

from tools.offline_preview.analyzer import PolicyPackProcess


def test_request_cache_changes_no_verdict_of_the_new_forms(pack: PolicyPackProcess, tmp_path):
    (tmp_path / "__main__.py").write_text(
        f"import sys\nsys.path.insert(0, {str(REPO / 'policies')!r})\n"
        "from pulumi_policy import EnforcementLevel, PolicyPack\nfrom starter_policies import ALL_POLICIES\n"
        "PolicyPack(name='aws-starter-guardrails', enforcement_level=EnforcementLevel.ADVISORY, policies=ALL_POLICIES)\n"
    )
    stacks = [c[2] for c in (*COMPUTE, *NETWORK, *STORAGE)] + [EBD_UNKNOWN]

    def verdicts(process):
        process.configure({})
        found = [v for resources in stacks for r in resources for v in process.analyze(r, PROVIDER)]
        found += [v for resources in stacks for v in process.analyze_stack(resources, PROVIDER)]
        return sorted(found, key=lambda v: (v.policy, v.urn, v.message))

    with PolicyPackProcess(tmp_path) as plain:
        expected = verdicts(plain)
    assert len(expected) > 100 and verdicts(pack) == expected


def test_unknown_encryption_by_default_is_named(pack: PolicyPackProcess):
    advice = {v.policy: v.message for v in pack.analyze_stack(EBD_UNKNOWN, None)}
    assert "ebd (aws:ebs/encryptionByDefault:EncryptionByDefault): enabled" in advice["ebs-encrypted"]
