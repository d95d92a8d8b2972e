"""Run the corpus of user-style Pulumi programs through the real offline harness and judge the pack's answers.

Each case is ``tests/corpus/cases/<rule-id>/<name>.py``: a complete Pulumi program body whose module docstring
starts with header lines:

    expect: <rule-id> @ <resource logical name>     (one or more; "a | b" accepts either name; rule-id ``any``
                                                        accepts a MANDATORY violation of any rule), or
    expect: clean
    mode: plain-only                                  (optional: skip preview, the value is unknowable there)
    config: {"aws:defaultTags": null, ...}            (optional: merged into the shared stack config; null drops)
    category: transit                                 (optional, ignored: the forks corpus's grouping)
    policy-config: prod                                (optional: judge with policies/config/prod.json, for
                                                        rules that are advisory by default and mandatory there)

A case runs as the ``__main__.py`` of a scratch program directory (with ``corpus_kit.py`` beside it) under
``tools.offline_preview.engine.run_program`` (plain and preview mode); its resources go to one
``PolicyPackProcess`` through
``tools.offline_preview.analyzer.check_run`` with an EMPTY policy config (the pack's defaults).

Verdicts: a violating case passes when, for every expectation, a MANDATORY violation of that rule names the
resource (the URN's last segment). A clean case passes when there is no mandatory violation at all.
The runner knows nothing about the pack's internals: only rule ids and levels from its diagnostics.
"""

from __future__ import annotations

import ast
import json
import logging
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from tools.offline_preview.analyzer import PolicyPackProcess, Violation, check_run  # noqa: E402
from tools.offline_preview.engine import ProgramError, freeze_what_is_loaded, run_program  # noqa: E402

CORPUS = Path(__file__).resolve().parent
CASES = CORPUS / "cases"
KIT = CORPUS / "corpus_kit.py"
PACK = REPO / "policies"
PROJECT = "corpus"
STACK = "test"
TAGS = {"Owner": "platform-team", "Environment": "test", "Project": "corpus", "CostCenter": "cc-1234"}
BASE_CONFIG = {"aws:region": "eu-west-1", "aws:defaultTags": json.dumps({"tags": TAGS})}
MODES = ("plain", "preview")
ANY = "any"  # ``expect: any @ name``: some mandatory violation, of any rule, names the resource


@dataclass(frozen=True)
class Expectation:
    rule: str
    resource: str

    @property
    def names(self) -> set[str]:
        return {n.strip() for n in self.resource.split("|")}


@dataclass
class Case:
    rule_dir: str
    name: str
    path: Path
    expects: list[Expectation]
    modes: tuple[str, ...]
    config: dict[str, str | None]
    policy_config: str = ""
    """A stack's policy config under policies/config/ (e.g. ``prod``); empty means the pack's defaults."""

    @property
    def id(self) -> str:
        return f"{self.rule_dir}/{self.name}"

    @property
    def clean(self) -> bool:
        return not self.expects


@dataclass
class Outcome:
    case: Case
    mode: str
    passed: bool
    error: str = ""
    violations: list[Violation] = field(default_factory=list)
    missed: list[Expectation] = field(default_factory=list)
    false_alarms: list[Violation] = field(default_factory=list)
    collateral: list[Violation] = field(default_factory=list)
    seconds: float = 0.0

    def describe(self) -> str:
        if self.error:
            return f"{self.case.id} [{self.mode}]: ERROR {self.error}"
        if self.passed:
            return f"{self.case.id} [{self.mode}]: ok"
        parts = [f"missed {e.rule} @ {e.resource}" for e in self.missed]
        parts += [f"false alarm {v.policy} @ {_resource_name(v)}: {v.message[:160]}" for v in self.false_alarms]
        seen = sorted({f"{v.policy}/{v.level} @ {_resource_name(v)}" for v in self.violations})
        said = f" (pack said: {', '.join(seen)})" if seen else ""
        return f"{self.case.id} [{self.mode}]: FAIL " + "; ".join(parts) + said


def parse_case(path: Path) -> Case:
    doc = ast.get_docstring(ast.parse(path.read_text())) or ""
    expects: list[Expectation] = []
    modes: tuple[str, ...] = MODES
    config: dict[str, str | None] = {}
    policy_config = ""
    clean = False
    for line in doc.splitlines():
        key, _, value = line.strip().partition(":")
        value = value.strip()
        if key == "expect":
            if value == "clean":
                clean = True
            else:
                rule, _, resource = value.partition("@")
                expects.append(Expectation(rule.strip(), resource.strip()))
        elif key == "mode" and value == "plain-only":
            modes = ("plain",)
        elif key == "policy-config":
            policy_config = value
        elif key == "config":
            config = {k: (v if v is None or isinstance(v, str) else json.dumps(v)) for k, v in json.loads(value).items()}
    if clean == bool(expects):
        raise ValueError(f"{path}: declare either 'expect: clean' or one or more 'expect: <rule> @ <name>'")
    return Case(path.parent.name, path.stem, path, expects, modes, config, policy_config)


def discover(root: Path = CASES) -> list[Case]:
    return [parse_case(p) for p in sorted(root.glob("*/*.py")) if not p.name.startswith("_")]


def case_config(case: Case) -> dict[str, str]:
    config = dict(BASE_CONFIG)
    for key, value in case.config.items():
        if value is None:
            config.pop(key, None)
        else:
            config[key] = value
    return config


def _resource_name(v: Violation) -> str:
    return v.urn.rsplit("::", 1)[-1] if v.urn else ""


def judge(case: Case, mode: str, violations: list[Violation]) -> Outcome:
    mandatory = [v for v in violations if v.level == "mandatory"]
    if case.clean:
        return Outcome(case, mode, passed=not mandatory, violations=violations, false_alarms=mandatory)
    missed = [
        e for e in case.expects if not any(e.rule in (ANY, v.policy) and _resource_name(v) in e.names for v in mandatory)
    ]
    expected_rules = {e.rule for e in case.expects}
    collateral = [v for v in mandatory if ANY not in expected_rules and v.policy not in expected_rules]
    return Outcome(case, mode, passed=not missed, violations=violations, missed=missed, collateral=collateral)


class CorpusRunner:
    """One pack process and one scratch root for many cases (pulumi_aws is imported once, by the first run).

    ``pack`` is a running pack to share (the test session's): it stays open when the runner closes, and each
    run still sends its policy config (``check_run``), so what an earlier user of the pack configured never
    reaches a case."""

    def __init__(self, pack_dir: Path = PACK, kit: Path = KIT, pack: PolicyPackProcess | None = None) -> None:
        self.kit = kit
        self._own_pack = pack is None
        self.pack = PolicyPackProcess(pack_dir) if pack is None else pack
        self.scratch = Path(tempfile.mkdtemp(prefix="pulumi-corpus-"))
        sys.dont_write_bytecode = True
        # a program that fails an invoke leaves un-awaited futures behind; asyncio would print each traceback
        logging.getLogger("asyncio").setLevel(logging.CRITICAL)

    def __enter__(self) -> CorpusRunner:
        return self

    def __exit__(self, *_: object) -> None:
        self.close()

    def close(self) -> None:
        if self._own_pack:
            self.pack.close()
        shutil.rmtree(self.scratch, ignore_errors=True)

    def program_dir(self, case: Case) -> Path:
        target = self.scratch / f"{case.rule_dir}__{case.name}"
        if not target.exists():
            target.mkdir(parents=True)
            shutil.copyfile(case.path, target / "__main__.py")
            shutil.copyfile(self.kit, target / self.kit.name)
        return target

    @staticmethod
    def policy_config(case: Case) -> dict:
        if not case.policy_config:
            return {}
        return json.loads((PACK / "config" / f"{case.policy_config}.json").read_text())

    def run(self, case: Case, mode: str) -> Outcome:
        start = time.perf_counter()
        try:
            run = run_program(self.program_dir(case), PROJECT, STACK, case_config(case), preview=(mode == "preview"))
        except (ProgramError, Exception) as exc:
            message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            return Outcome(case, mode, passed=False, error=message, seconds=time.perf_counter() - start)
        violations = check_run(self.pack, run, self.policy_config(case))
        outcome = judge(case, mode, violations)
        outcome.seconds = time.perf_counter() - start
        freeze_what_is_loaded()  # after the first run and whenever a run imported many modules
        return outcome


def kit_for(root: Path) -> Path:
    """The helper module a cases root ships: ``corpus_kit.py`` for the first corpus, else the root's ``*_kit.py``."""
    if root.resolve() == CASES.resolve():
        return KIT
    kits = sorted(root.glob("*_kit.py"))
    return kits[0] if kits else KIT


def run_all(cases: list[Case] | None = None, modes: tuple[str, ...] = MODES, kit: Path = KIT) -> tuple[list[Outcome], float]:
    cases = discover() if cases is None else cases
    start = time.perf_counter()
    outcomes: list[Outcome] = []
    with CorpusRunner(kit=kit) as runner:
        for case in cases:
            for mode in modes:
                if mode in case.modes:
                    outcomes.append(runner.run(case, mode))
    return outcomes, time.perf_counter() - start


def main(argv: list[str]) -> int:
    """``runner.py [-v] [--root DIR] [--kit FILE] [substring ...]``: run matching cases, one line per case and mode.

    ``-v`` also prints every diagnostic of a failing run; ``--root`` picks another cases root (e.g.
    ``tests/corpus/holdout``), whose ``*_kit.py`` is copied beside each program unless ``--kit`` names one."""
    verbose = "-v" in argv
    argv = [a for a in argv if a != "-v"]
    root, kit = CASES, None
    for flag in ("--root", "--kit"):
        if flag in argv:
            i = argv.index(flag)
            value = Path(argv[i + 1])
            del argv[i : i + 2]
            if flag == "--root":
                root = value
            else:
                kit = value
    kit = kit or kit_for(root)
    cases = [c for c in discover(root) if not argv or any(a in c.id for a in argv)]
    outcomes, seconds = run_all(cases, kit=kit)
    for o in outcomes:
        print(o.describe())
        if verbose and not o.passed:
            for v in o.violations:
                print(f"    {v.level} {v.policy} @ {_resource_name(v)}: {v.message}")
    failed = sum(not o.passed for o in outcomes)
    print(f"{len(outcomes) - failed}/{len(outcomes)} passed in {seconds:.1f}s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
