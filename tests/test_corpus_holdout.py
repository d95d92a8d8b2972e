"""The held-out corpus: user-style programs the pack was never tuned against (tests/corpus/holdout/).

Same format and verdicts as tests/test_corpus.py (one test per case and mode; a violating case passes when a
mandatory violation of the expected rule names the expected resource, a clean case when no mandatory
violation is reported), with the holdout's own helper module ``holdout_kit.py`` copied beside each program.
Failures are findings (see tests/corpus/holdout/FINDINGS.md), not xfailed. Run with ``pytest -m corpus``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from corpus.runner import CorpusRunner, discover, kit_for

pytestmark = pytest.mark.corpus

ROOT = Path(__file__).resolve().parent / "corpus" / "holdout"
CASES = discover(ROOT)
PARAMS = [pytest.param(case, mode, id=f"{case.id}[{mode}]") for case in CASES for mode in case.modes]


@pytest.fixture(scope="module")
def holdout_runner(pack_process):
    with CorpusRunner(kit=kit_for(ROOT), pack=pack_process) as runner:  # the session's pack, started once per worker
        yield runner


@pytest.mark.parametrize(("case", "mode"), PARAMS)
def test_holdout_case(holdout_runner, case, mode):
    outcome = holdout_runner.run(case, mode)
    assert not outcome.error, outcome.describe()
    assert outcome.passed, outcome.describe()
