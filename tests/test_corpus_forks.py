"""The forks corpus (tests/corpus/forks/): an outside tester's blind user-style programs, one directory per
service a fork might add (``expect: any @ <name>``: some MANDATORY violation names the resource; ``expect:
clean``: none at all), measured in tests/corpus/forks/FINDINGS.md.

One test per case and mode, ``forks_kit.py`` copied beside each program. Cases the pack does not catch keep the
tester's expectation and are listed in XFAIL with the reason (strict: a fix flips them to XPASS, which fails
until the entry is removed). Run with ``pytest -m corpus``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus.runner import CorpusRunner, discover, judge, kit_for, parse_case

from tools.offline_preview.analyzer import Violation

_UNKNOWN_DOC = (
    "the whole policy document is built from an ARN that is unknown in preview (one Output.apply / json_dumps "
    "string): nothing in it is knowable, so the pack names it in the preview advisory and judges it in the plan"
)
_SECRETNESS = (
    "a literal password: the analyzer receives property values with secretness stripped (pulumi_policy "
    "deserialises secrets to plain values), so a literal cannot be told from a config secret; firing on every "
    "password would be a false alarm on every correct program"
)

# case id (service-dir/name) or "case id[mode]" -> why the pack's answer differs from the case's expectation
XFAIL: dict[str, str] = {
    **{
        case: _SECRETNESS
        for case in (
            "A-docdb/v_master_password_literal",
            "A-elasticache/v_auth_token_literal",
            "A-mq/v_broker_password_literal",
            "A-rds/v_instance_password_literal",
        )
    },
    **{
        f"{case}[preview]": _UNKNOWN_DOC
        for case in (
            "A-events/v_event_bus_policy_star",
            "A-opensearch/v_domain_policy_resource_star",
            "A-policies/v_backup_vault_policy_star",
            "A-policies/v_efs_file_system_policy_star",
            "A-policies/v_sns_policy_doc_output_star",
            "A-policies/v_sns_topic_policy_star",
            "A-policies/v_sqs_queue_policy_star",
        )
    },
    "A-ecs/v_task_aws_secret_key_env_output_json[preview]": (
        "Output.json_dumps over a list holding an unknown queue URL is one unknown string in preview: the literal "
        "key beside it is not knowable until the plan"
    ),
    "A-athena/v_workgroup_unencrypted": (
        "not a mistake the pack refuses: query results land in S3, which encrypts every new object (SSE-S3) since "
        "January 2023, and no FSBP control asks a workgroup for its own encryption configuration"
    ),
    "A-eks/v_no_secrets_encryption": (
        "not a mistake the pack refuses: EKS 1.28+ envelope-encrypts all Kubernetes API data (secrets included) "
        "with an AWS-owned key by default; as everywhere in the pack, a customer key is optional"
    ),
}

pytestmark = pytest.mark.corpus

ROOT = Path(__file__).resolve().parent / "corpus" / "forks"
CASES = discover(ROOT)


def _marks(case_id: str, mode: str) -> list:
    reason = XFAIL.get(f"{case_id}[{mode}]") or XFAIL.get(case_id)
    return [pytest.mark.xfail(strict=True, reason=reason)] if reason else []


PARAMS = [
    pytest.param(case, mode, id=f"{case.id}[{mode}]", marks=_marks(case.id, mode)) for case in CASES for mode in case.modes
]


def test_xfail_table_names_real_cases():
    known = {c.id for c in CASES} | {f"{c.id}[{m}]" for c in CASES for m in c.modes}
    assert not set(XFAIL) - known, sorted(set(XFAIL) - known)


@pytest.fixture(scope="module")
def forks_runner(pack_process):
    with CorpusRunner(kit=kit_for(ROOT), pack=pack_process) as runner:  # the session's pack, started once per worker
        yield runner


@pytest.mark.parametrize(("case", "mode"), PARAMS)
def test_forks_case(forks_runner, case, mode):
    outcome = forks_runner.run(case, mode)
    assert not outcome.error, outcome.describe()
    assert outcome.passed, outcome.describe()


def test_any_expectation_accepts_only_a_mandatory_violation_on_the_named_resource(tmp_path):
    program = tmp_path / "A-x" / "v_case.py"
    program.parent.mkdir()
    program.write_text('"""expect: any @ target | other\ncategory: transit\n"""\n')
    case = parse_case(program)
    urn = "urn:pulumi:test::corpus::aws:x/y:Y::"

    def outcome(*found: tuple[str, str, str]):
        return judge(case, "plain", [Violation(rule, level, urn + name, "m") for rule, level, name in found])

    assert outcome(("some-rule", "mandatory", "target")).passed
    assert outcome(("another-rule", "mandatory", "other")).passed
    assert not outcome(("some-rule", "advisory", "target")).passed
    assert not outcome(("some-rule", "mandatory", "elsewhere")).passed
    assert outcome(("some-rule", "mandatory", "target")).collateral == []
