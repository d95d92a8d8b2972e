"""The outside corpus: user-style Pulumi programs judged by the pack's published claims (tests/corpus/).

One test per case and mode (plain, preview). A violating case passes when a mandatory violation of the
expected rule names the expected resource; a clean case passes when no mandatory violation is reported.
Many cases describe gaps of today's pack (and rules that are only planned): they fail on purpose, they are
not xfailed. Run with ``pytest -m corpus``; ``pytest -m "not corpus"`` leaves them out.
"""

from __future__ import annotations

import pytest
from corpus.runner import CorpusRunner, discover

pytestmark = pytest.mark.corpus

CASES = discover()
PARAMS = [pytest.param(case, mode, id=f"{case.id}[{mode}]") for case in CASES for mode in case.modes]


@pytest.fixture(scope="module")
def corpus_runner(pack_process):
    with CorpusRunner(pack=pack_process) as runner:  # the session's pack, started once per worker
        yield runner


@pytest.mark.parametrize(("case", "mode"), PARAMS)
def test_corpus_case(corpus_runner, case, mode):
    outcome = corpus_runner.run(case, mode)
    assert not outcome.error, outcome.describe()
    assert outcome.passed, outcome.describe()
