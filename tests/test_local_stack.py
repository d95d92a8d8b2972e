"""The local emulator stack: Pulumi.local.yaml covers every AWS service the program uses, and `make up-local` /
`make down-local` orchestrate the CLI correctly. The Pulumi CLI cannot be installed here, so a stand-in
`pulumi` (tests/fixtures/standin/pulumi) goes first on PATH: it records what it is asked and, for `up`, builds
in moto what the template would, so the audit step runs for real."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from conftest import PROJECT, REPO

from tools.audit.checks import DEFAULT_CHECK_COUNT, SWITCHED_CHECK_COUNT
from tools.local_stack.emulator import port_is_free

STANDIN = REPO / "tests" / "fixtures" / "standin" / "pulumi"
# The pulumi-aws `endpoints` key each resource module and invoke talks to. A module or invoke missing here
# fails the coverage test: map it (None when the provider answers without calling AWS).
MODULE_SERVICE = {
    "s3": "s3",
    "ec2": "ec2",
    "vpc": "ec2",
    "lb": "elbv2",
    "alb": "elbv2",
    "autoscaling": "autoscaling",
    "cloudwatch": "cloudwatch",
    "iam": "iam",
    "kms": "kms",
    "sns": "sns",
    "cloudtrail": "cloudtrail",
    "budgets": "budgets",
}
# Types whose API is not their module's: CloudWatch Logs resources live in pulumi-aws' cloudwatch module.
TYPE_SERVICE = {"aws:cloudwatch/logGroup:LogGroup": "logs"}
INVOKE_SERVICE = {
    "aws:index/getCallerIdentity:getCallerIdentity": "sts",
    "aws:index/getAvailabilityZones:getAvailabilityZones": "ec2",
    "aws:ec2/getAmi:getAmi": "ec2",
    "aws:index/getPartition:getPartition": None,  # derived from the region by the provider
    "aws:index/getRegion:getRegion": None,
    "aws:elb/getServiceAccount:getServiceAccount": None,  # a table inside the provider
}


def test_every_aws_service_of_the_local_plan_has_an_endpoint(runs):
    run = runs("local")
    services = set()
    for resource in run.resources:
        package, _, rest = resource.type.partition(":")
        if package != "aws":
            continue
        module = rest.split("/")[0]
        assert module in MODULE_SERVICE, f"{resource.type}: map its module to an endpoint key in MODULE_SERVICE"
        services.add(TYPE_SERVICE.get(resource.type, MODULE_SERVICE[module]))
    for token in set(run.invokes):
        assert token in INVOKE_SERVICE, f"invoke {token}: map it to an endpoint key in INVOKE_SERVICE"
        services.add(INVOKE_SERVICE[token])
    services.discard(None)
    config = yaml.safe_load((REPO / "Pulumi.local.yaml").read_text())["config"]
    endpoints = {k: v for entry in config["aws:endpoints"] for k, v in entry.items()}
    assert services and services <= set(endpoints), services - set(endpoints)
    assert {"s3", "ec2", "elbv2", "iam", "kms", "sts", "autoscaling"} <= services
    assert len(set(endpoints.values())) == 1  # one moto serves them all
    assert config["aws:s3UsePathStyle"] is True and config["aws:skipCredentialsValidation"] is True
    assert config[f"{PROJECT}:emulator"] is True


def test_local_plan_drops_only_what_moto_cannot_round_trip(runs):
    local, dev = runs("local"), runs("dev")
    rule = next(r for r in local.resources if r.type == "aws:s3/bucketReplicationConfig:BucketReplicationConfig")
    dev_rule = next(r for r in dev.resources if r.type == "aws:s3/bucketReplicationConfig:BucketReplicationConfig")
    (local_rule,), (full_rule,) = rule.inputs["rules"], dev_rule.inputs["rules"]
    assert set(full_rule) - set(local_rule) == {"filter", "deleteMarkerReplication"}
    assert local_rule["sourceSelectionCriteria"] == full_rule["sourceSelectionCriteria"]  # the emulator answers it
    assert local_rule["destination"]["encryptionConfiguration"] == full_rule["destination"]["encryptionConfiguration"]


@pytest.fixture
def standin(tmp_path: Path):
    """A PATH with the stand-in `pulumi` first, a config file naming a free port, and the call log."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    script = STANDIN.read_text().split("\n", 1)[1]
    (bin_dir / "pulumi").write_text(f"#!{sys.executable}\n{script}")
    (bin_dir / "pulumi").chmod(0o755)
    # A port the kernel just handed out: scanning up from 5000 raced every other run on the machine for the
    # same port between the probe and moto's bind (moto then hung until the timeout).
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = tmp_path / "Pulumi.local.yaml"
    config.write_text((REPO / "Pulumi.local.yaml").read_text().replace("127.0.0.1:5000", f"127.0.0.1:{port}"))
    log = tmp_path / "calls.jsonl"
    state = tmp_path / "state"
    env = {
        **os.environ,
        "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
        "FAKE_PULUMI_LOG": str(log),
        "FAKE_PULUMI_EMULATOR": f"http://127.0.0.1:{port}",
        "FAKE_PULUMI_TESTS": str(REPO / "tests"),
        "LOCAL_STACK_STATE_DIR": str(state),
    }
    for key in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_PROFILE"):
        env.pop(key, None)  # the orchestrator must supply the emulator's credentials itself

    def run(action: str, **extra_env: str) -> tuple[subprocess.CompletedProcess, list[dict]]:
        proc = subprocess.run(
            [sys.executable, "-m", "tools.local_stack", action, "--config-file", str(config)],
            cwd=REPO,
            env={**env, **extra_env},
            capture_output=True,
            text=True,
            timeout=180,
        )
        calls = [json.loads(line) for line in log.read_text().splitlines()] if log.exists() else []
        return proc, calls

    run.port, run.state, run.env = port, state, env  # type: ignore[attr-defined]
    return run


@pytest.mark.slow(seconds=10)  # the stand-in CLI deploys the local stack into moto and runs the full audit
def test_up_local_logs_in_selects_deploys_with_policies_audits_and_stops_moto(standin):
    proc, calls = standin("up")
    assert proc.returncode == 0, proc.stderr
    assert [c["command"] for c in calls] == ["login", "stack select", "up", "stack output"]
    login, select, up, _ = calls
    assert login["args"] == ["login", standin.state.as_uri()] and up["backend"] == standin.state.as_uri()
    assert select["args"] == ["stack", "select", "local", "--create"]
    assert up["args"][:3] == ["up", "--yes", "--stack"] and up["args"][3] == "local"
    assert up["args"][up["args"].index("--policy-pack") + 1] == "policies"
    assert up["args"][up["args"].index("--policy-pack-config") + 1] == "policies/config/local.json"
    assert up["emulator"] is True and up["passphrase_set"] is True  # moto answered while `up` ran
    # the local stack sets no budget (moto has no DescribeSubscribersForNotification) and runs no WAF or CDN:
    # their checks are skipped
    summary = f"{DEFAULT_CHECK_COUNT - 1} passed, 0 failed, {1 + SWITCHED_CHECK_COUNT} skipped"
    assert "local-stack: audit:" in proc.stdout and summary in proc.stdout
    assert port_is_free(standin.port)  # moto stopped on the way out


def test_up_local_stops_moto_and_fails_when_up_fails(standin):
    proc, calls = standin("up", FAKE_PULUMI_FAIL="up")
    assert proc.returncode == 3
    assert [c["command"] for c in calls] == ["login", "stack select", "up"]  # no outputs, no audit
    assert proc.stderr.strip().splitlines()[-1].startswith("local-stack: error: `")
    assert "failed with exit code 3; moto has been stopped" in proc.stderr
    assert "audit" not in proc.stdout.split("local-stack: up:")[1]
    assert port_is_free(standin.port)


def test_up_local_without_the_cli_says_how_to_install_it(standin):
    env_path = os.pathsep.join(p for p in standin.env["PATH"].split(os.pathsep)[1:] if not (Path(p) / "pulumi").exists())
    proc, calls = standin("up", PATH=env_path)
    assert proc.returncode == 2 and calls == []
    assert (
        proc.stderr.strip() == "local-stack: error: the Pulumi CLI is not on PATH; install it "
        "(https://www.pulumi.com/docs/install/, e.g. `curl -fsSL https://get.pulumi.com | sh`) and retry"
    )


def test_up_local_refuses_a_busy_port(standin):
    import socket

    with socket.socket() as busy:
        # The previous test's moto leaves connections in TIME_WAIT on this port: without SO_REUSEADDR this
        # bind fails now and then (the port is free for a listener, as port_is_free says).
        busy.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        busy.bind(("127.0.0.1", standin.port))
        busy.listen()
        proc, calls = standin("up")
    assert proc.returncode == 2 and calls == []
    assert f"127.0.0.1:{standin.port} is already in use" in proc.stderr


def test_down_local_removes_the_stack_and_the_state(standin):
    standin.state.mkdir()
    (standin.state / "local-outputs.json").write_text("{}")
    proc, calls = standin("down")
    assert proc.returncode == 0, proc.stderr
    assert [c["args"] for c in calls] == [["stack", "rm", "local", "--yes", "--force"]]
    assert calls[0]["backend"] == standin.state.as_uri() and not standin.state.exists()


def test_make_targets_call_the_orchestrator():
    makefile = (REPO / "Makefile").read_text()
    assert "$(PY) -m tools.local_stack up" in makefile and "$(PY) -m tools.local_stack down" in makefile
    assert "$(PY) -m tools.audit --outputs $(OUTPUTS)" in makefile


def test_bad_action_or_config_is_one_line(standin, tmp_path):
    proc, _ = standin("sideways")
    assert proc.returncode == 2 and proc.stderr.strip().startswith("local-stack: error: argument action: invalid choice")
    assert proc.stderr.count("\n") == 1
    bad = tmp_path / "bad.yaml"
    bad.write_text("config:\n  aws:region: eu-west-1\n  aws:endpoints:\n    - s3: http://localhost:4566\n")
    proc = subprocess.run(
        [sys.executable, "-m", "tools.local_stack", "up", "--config-file", str(bad)],
        cwd=REPO,
        env=standin.env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1
    assert "aws:endpoints: expected every service at one http://127.0.0.1:<port> URL" in proc.stderr
