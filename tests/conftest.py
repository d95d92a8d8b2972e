"""Shared fixtures: each stack's real program runs once per session under the mock runtime."""

from __future__ import annotations

import importlib.util
import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def _starter_shared_here() -> None:
    """Refuse to run against another checkout's ``starter_shared``: the venv installs it editable from the
    checkout that ran ``make venv``, so a venv made (or reinstalled) elsewhere would test stale shared code."""
    spec = importlib.util.find_spec("starter_shared")
    where = Path(spec.origin).resolve() if spec and spec.origin else None
    if where is None or not where.is_relative_to(REPO / "policies"):
        raise pytest.UsageError(
            f"starter_shared comes from {where}, not {REPO / 'policies'}: run `make venv` here (or set PYTHONPATH=policies)"
        )


_starter_shared_here()

from tools.offline_preview.analyzer import PolicyPackProcess  # noqa: E402
from tools.offline_preview.engine import ProgramRun, RecordedResource, freeze_what_is_loaded, run_program  # noqa: E402
from tools.offline_preview.stack_files import read_project, read_stack_config  # noqa: E402

PROJECT, PROJECT_DEFAULTS = read_project(REPO)
CERT_ARN = "arn:aws:acm:eu-west-1:123456789012:certificate/0b1c2d3e-4f50-6172-8394-a5b6c7d8e9f0"


def stack_config(stack: str) -> dict[str, str]:
    config, _ = read_stack_config(REPO / f"Pulumi.{stack}.yaml", PROJECT, PROJECT_DEFAULTS)
    return config


def run_stack(stack: str, overrides: dict[str, str] | None = None, preview: bool = False) -> ProgramRun:
    config = stack_config(stack)
    config.update(overrides or {})
    return run_program(REPO, PROJECT, stack, config, preview=preview)


def pytest_runtest_logfinish(nodeid: str, location: tuple[str, int | None, str]) -> None:
    """Between tests, once a test imported many modules (the first program run imports pulumi_aws), leave what
    is loaded out of later garbage collections: the files that run programs spend a sixth less CPU."""
    freeze_what_is_loaded()


@pytest.hookimpl(tryfirst=True)  # before xdist turns xdist_group marks into node-id suffixes
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Every test that needs the real provider (the ``bridge`` fixture) is marked ``provider``.

    Scheduling for ``make test`` (``--dist loadgroup --no-loadscope-reorder``): a file's tests share a worker,
    so its module fixtures run once, as under ``--dist loadfile``; each ``slow`` test is a unit of its own and
    starts first, longest first (the mark's ``seconds``), so the other files run beside it, not behind it."""
    seconds = {
        item.nodeid: float(mark.kwargs.get("seconds", 0)) for item in items if (mark := item.get_closest_marker("slow"))
    }
    for item in items:
        if "bridge" in getattr(item, "fixturenames", ()):  # terraform and the provider mirror: `make test-provider`
            item.add_marker(pytest.mark.provider)
    grouped = config.pluginmanager.has_plugin("xdist")  # its marker is unknown under -p no:xdist
    for item in items if grouped else ():
        if item.get_closest_marker("xdist_group") is None:
            group = f"slow:{item.nodeid}" if item.nodeid in seconds else item.nodeid.split("::", 1)[0]
            item.add_marker(pytest.mark.xdist_group(group))
    slow = sorted((item for item in items if item.nodeid in seconds), key=lambda item: -seconds[item.nodeid])
    items[:] = slow + [item for item in items if item.nodeid not in seconds]


@pytest.fixture(scope="session", autouse=True)
def schema_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """One pulumi-aws schema cache per test session (built once, on first use), not the user's ~/.cache."""
    os.environ["STARTER_SCHEMA_CACHE"] = str(tmp_path_factory.mktemp("schema-cache"))


@pytest.fixture(scope="session")
def runs() -> Callable[[str], ProgramRun]:
    """Lazily run (once) each named scenario of the real program."""
    scenarios: dict[str, Callable[[], ProgramRun]] = {
        "dev": lambda: run_stack("dev"),
        "prod": lambda: run_stack("prod"),
        "dev-preview": lambda: run_stack("dev", preview=True),
        "prod-preview": lambda: run_stack("prod", preview=True),
        "local": lambda: run_stack("local"),
        # dev with a certificate (HTTPS listener + redirect) and no NAT (Session Manager endpoints instead)
        "dev-https-nonat": lambda: run_stack(
            "dev",
            {
                f"{PROJECT}:certificateArn": CERT_ARN,
                f"{PROJECT}:natMode": "none",
                f"{PROJECT}:allowedCidrs": json.dumps(["0.0.0.0/0", "::/0"]),
            },
        ),
    }
    cache: dict[str, ProgramRun] = {}

    def get(name: str) -> ProgramRun:
        if name not in cache:
            cache[name] = scenarios[name]()
        return cache[name]

    return get


# -- helpers for reading recorded resources --------------------------------------------------------------


def linked(run: ProgramRun, resource: RecordedResource, prop: str, *types: str) -> list[RecordedResource]:
    """Resources of ``types`` that ``resource``'s property ``prop`` depends on (how settings name their bucket)."""
    by_urn = run.by_urn()
    return [by_urn[u] for u in resource.property_dependencies.get(prop, []) if u in by_urn and by_urn[u].type in types]


def settings_of(run: ProgramRun, bucket: RecordedResource, token: str) -> list[RecordedResource]:
    """The split S3 setting resources of ``token`` that point at ``bucket``."""
    return [r for r in run.of_type(token) if bucket.urn in r.property_dependencies.get("bucket", [])]


def policy_json(resource: RecordedResource, prop: str = "policy") -> dict[str, Any]:
    value = resource.inputs[prop]
    return json.loads(value) if isinstance(value, str) else value


def as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


@pytest.fixture(scope="session")
def pack_process() -> Iterator[PolicyPackProcess]:
    """The policy pack, served as the Pulumi CLI serves it: one process per test session (per xdist worker)."""
    with PolicyPackProcess(REPO / "policies") as process:
        yield process


@pytest.fixture
def pack(pack_process: PolicyPackProcess) -> PolicyPackProcess:
    """The session's pack with its default policy config: a config another test sent (``check_run`` with a stack's
    config file, say) never reaches the next test, whichever test ran before it on this worker (``configure``
    sends the default only when the pack holds another config)."""
    pack_process.configure({})
    return pack_process


@pytest.fixture
def cli_pack(pack: PolicyPackProcess, monkeypatch: pytest.MonkeyPatch) -> PolicyPackProcess:
    """The session's pack for ``tools.offline_preview``'s ``main`` run in this process: main starts a pack process
    on every call, which costs more than most plans; a test about what the CLI prints or returns shares this one
    (``check_run`` sends the stack and its policy config on every call) and main's ``close`` leaves it running.
    Any ``--policy-pack`` other than policies/ still starts its own; tests/test_plan_reports.py's ``make plan`` and
    the subprocess tests run the real thing."""
    from tools.offline_preview import plan

    start = plan.PolicyPackProcess
    shared = (REPO / "policies").resolve()
    monkeypatch.setattr(
        plan, "PolicyPackProcess", lambda pack_dir, *a: pack if Path(pack_dir).resolve() == shared else start(pack_dir, *a)
    )
    monkeypatch.setattr(pack, "close", lambda: None)
    return pack
