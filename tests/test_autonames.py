"""Autonaming in the offline cloud follows the provider's rule for every pulumi-aws type, from a generated table."""

from __future__ import annotations

import re
from pathlib import Path

import pulumi
import pytest
from conftest import REPO

from tools.offline_preview import gen_autonames
from tools.offline_preview import plan as offline_preview
from tools.offline_preview.autonames import AUTONAMED
from tools.offline_preview.engine import run_program
from tools.offline_preview.mock_cloud import CloudMocks
from tools.offline_preview.pulumi_aws_schema import resource_classes
from tools.offline_preview.schema_check import check_run


def test_checked_in_table_matches_the_installed_sdk():
    table = REPO / "tools" / "offline_preview" / "autonames.py"
    assert table.read_text() == gen_autonames.generate(), (
        "tools/offline_preview/autonames.py is stale for the installed pulumi-aws: run "
        "`.venv/bin/python -m tools.offline_preview.gen_autonames` and commit the result"
    )


def test_every_override_still_names_an_input_the_provider_fills():
    # The generator keeps an override only when its key is an optional input with a non-optional output.
    assert set(gen_autonames.OVERRIDES) <= set(AUTONAMED)
    assert AUTONAMED["aws:s3/bucket:Bucket"][0] == "bucket" and AUTONAMED["aws:lambda/function:Function"][0] == "name"


@pytest.mark.parametrize("preview", [False, True], ids=["up", "preview"])
def test_sweep_every_resource_type_gets_its_autoname_and_no_other(preview):
    tokens = sorted(resource_classes())
    assert len(tokens) > 1000 and len(AUTONAMED) > 500
    assert set(AUTONAMED) <= set(tokens)
    cloud = CloudMocks(region="us-east-1", preview=preview)
    for token in tokens:
        _, outputs = cloud.new_resource(pulumi.runtime.MockResourceArgs(token, "web", {}, "", "", custom=True))
        rule = AUTONAMED.get(token)
        if rule is None:
            continue
        key, max_length, lower, separator = rule
        logical = "web"
        expected = re.escape(logical.lower() if lower else logical) + re.escape(separator) + "[0-9a-f]{7}"
        value = outputs.get(key)
        assert isinstance(value, str) and re.fullmatch(expected + r"(\.fifo)?", value), (token, key, value)
        assert len(value) <= max_length
        # A name the program sets is kept as it is.
        _, given = cloud.new_resource(pulumi.runtime.MockResourceArgs(token, "web", {key: "Mine"}, "", "", custom=True))
        assert given[key] == "Mine", token


def program(tmp_path: Path, name: str, body: str) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    (folder / "Pulumi.yaml").write_text(f"name: {name}\nruntime: python\n")
    (folder / "Pulumi.dev.yaml").write_text("config:\n  aws:region: us-east-1\n")
    (folder / "__main__.py").write_text(body)
    return folder


FUNCTION_URL = """
import pulumi
import pulumi_aws as aws
fn = aws.lambda_.Function("fn", role="arn:aws:iam::123456789012:role/r", runtime="python3.12", handler="i.h",
    code=pulumi.AssetArchive({"i.py": pulumi.StringAsset("def h(e, c): return 1")}))
aws.lambda_.FunctionUrl("fn-url", function_name=fn.name, authorization_type="AWS_IAM")
"""
MEMBERSHIP = """
import pulumi_aws as aws
user = aws.iam.User("dev-user")
group = aws.iam.Group("devs")
aws.iam.UserGroupMembership("membership", user=user.name, groups=[group.name])
"""


@pytest.mark.parametrize("preview", [False, True], ids=["up", "preview"])
def test_names_left_to_pulumi_reach_the_resources_that_read_them(tmp_path, preview):
    for name, body, reader, prop, source in (
        ("fnurl", FUNCTION_URL, "fn-url", "functionName", "fn"),
        ("membership", MEMBERSHIP, "membership", "user", "dev-user"),
    ):
        run = run_program(program(tmp_path, name, body), name, "dev", {"aws:region": "us-east-1"}, preview=preview)
        by_name = {r.name: r for r in run.resources}
        assert by_name[reader].inputs[prop] == by_name[source].outputs["name"], name
        assert re.fullmatch(rf"{source}-[0-9a-f]{{7}}", by_name[reader].inputs[prop])
        assert check_run(run) == [], name


def test_the_plan_of_a_function_url_exits_0(tmp_path, capsys):
    folder = program(tmp_path, "fnurl", FUNCTION_URL)
    code = offline_preview.main(["--stack", "dev", "--program", str(folder), "--no-policies"])
    assert code == 0, capsys.readouterr().err


def test_a_logical_name_too_long_for_the_autoname_is_refused_as_pulumi_refuses_it(tmp_path, capsys):
    body = 'import pulumi_aws as aws\naws.lb.TargetGroup("a-very-long-target-group-name", port=80, protocol="HTTP")\n'
    folder = program(tmp_path, "longname", body)
    assert offline_preview.main(["--stack", "dev", "--program", str(folder), "--no-policies"]) == 2
    err = capsys.readouterr().err
    assert "cannot autoname name" in err and "maximum of 32" in err and len(err.strip().splitlines()) == 1
