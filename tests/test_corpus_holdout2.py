"""The third held-out corpus (tests/corpus/holdout2/): user-style programs written against the pack's published
claims only, measured once (tests/corpus/holdout2/FINDINGS.md).

Same format and verdicts as tests/test_corpus_holdout.py (one test per case and mode, the root's
``holdout2_kit.py`` copied beside each program). Cases the pack got wrong at the first measurement keep the
expectation the author believes is right and are listed in XFAIL below (strict: a fix flips them to XPASS,
which fails until the entry is removed). Run with ``pytest -m corpus``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus.runner import CorpusRunner, discover, kit_for

# case id (rule-dir/name) or "case id[mode]" -> why the pack's answer differs from the case's expectation
XFAIL: dict[str, str] = {}

pytestmark = pytest.mark.corpus

ROOT = Path(__file__).resolve().parent / "corpus" / "holdout2"
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
def holdout2_runner(pack_process):
    with CorpusRunner(kit=kit_for(ROOT), pack=pack_process) as runner:  # the session's pack, started once per worker
        yield runner


@pytest.mark.parametrize(("case", "mode"), PARAMS)
def test_holdout2_case(holdout2_runner, case, mode):
    outcome = holdout2_runner.run(case, mode)
    assert not outcome.error, outcome.describe()
    assert outcome.passed, outcome.describe()
