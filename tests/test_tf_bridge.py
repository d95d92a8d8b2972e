"""tools.tf_bridge: the offline plan translated to Terraform JSON (fast, no terraform: a schema subset in
tests/fixtures/tf_schema), validated by the upstream AWS provider (needs terraform and the provider mirror:
one init directory per session) and applied to moto (slow)."""

from __future__ import annotations

import copy
import dataclasses
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from google.protobuf import json_format, struct_pb2

from tests.conftest import REPO
from tools.offline_preview.engine import ProgramRun
from tools.tf_bridge import emulator_gaps, terraform
from tools.tf_bridge.diagnostics import dump, findings
from tools.tf_bridge.schema import (
    ProviderSchema,
    camel_to_snake,
    fields_of,
    resolve_property,
    singulars,
    subset,
)
from tools.tf_bridge.translate import Translation, escape_template, translate

FIXTURE = REPO / "tests" / "fixtures" / "tf_schema" / "aws-5.100.0-subset.json"
VERSION = "5.100.0"
STACKS = ("dev", "prod", "local")


@pytest.fixture(scope="session")
def schema() -> ProviderSchema:
    return ProviderSchema(json.loads(FIXTURE.read_text()))


@pytest.fixture(scope="session")
def translated(runs, schema):
    cache: dict[str, Translation] = {}

    def get(stack: str) -> Translation:
        if stack not in cache:
            cache[stack] = translate(runs(stack), schema, VERSION)
        return cache[stack]

    return get


def with_inputs(run: ProgramRun, name: str, token: str, change) -> ProgramRun:
    """A copy of ``run`` where ``change(inputs)`` edited one resource's inputs (a mistake the mocks accept)."""
    copied = copy.copy(run)
    copied.resources = []
    for r in run.resources:
        if r.name == name and r.type == token:
            r = copy.copy(r)
            inputs = r.inputs
            change(inputs)
            properties = struct_pb2.Struct()
            json_format.ParseDict(inputs, properties)
            r.properties = properties
        copied.resources.append(r)
    return copied


def body(translation: Translation, address: str) -> dict[str, Any]:
    tf_type, name = address.split(".", 1)
    return translation.document["resource"][tf_type][name]


# -- names -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("token", "expected"),
    [
        ("aws:ec2/vpc:Vpc", "aws_vpc"),  # module dropped
        ("aws:s3/bucket:Bucket", "aws_s3_bucket"),  # name already carries the module
        ("aws:s3/bucketPolicy:BucketPolicy", "aws_s3_bucket_policy"),
        ("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", "aws_vpc_security_group_ingress_rule"),
        ("aws:lb/targetGroup:TargetGroup", "aws_lb_target_group"),  # module kept
        ("aws:autoscaling/group:Group", "aws_autoscaling_group"),
        ("aws:cloudwatch/metricAlarm:MetricAlarm", "aws_cloudwatch_metric_alarm"),
        ("aws:lb/loadBalancer:LoadBalancer", "aws_lb"),  # exceptions table
        ("aws:alb/loadBalancer:LoadBalancer", "aws_lb"),
        ("aws:alb/listener:Listener", "aws_lb_listener"),
        ("aws:s3/bucketV2:BucketV2", "aws_s3_bucket"),
        ("aws:s3/bucketReplicationConfig:BucketReplicationConfig", "aws_s3_bucket_replication_configuration"),
        ("aws:ec2/instance:Instance", "aws_instance"),
        ("aws:ec2transitgateway/transitGateway:TransitGateway", "aws_ec2_transit_gateway"),
        ("aws:ec2/noSuchThing:NoSuchThing", None),
        ("pulumi:providers:aws", None),
    ],
)
def test_resource_type_resolved_against_the_schema(schema, token, expected):
    assert schema.resource_type(token) == expected


@pytest.mark.parametrize(
    ("camel", "snake"),
    [
        ("vpcZoneIdentifiers", "vpc_zone_identifiers"),
        ("cidrIpv4", "cidr_ipv4"),
        ("s3UsePathStyle", "s3_use_path_style"),
        ("httpPutResponseHopLimit", "http_put_response_hop_limit"),
        ("id", "id"),
    ],
)
def test_camel_to_snake(camel, snake):
    assert camel_to_snake(camel) == snake


@pytest.mark.parametrize(("plural", "singular"), [("policies", "policy"), ("addresses", "address"), ("rules", "rule")])
def test_singulars(plural, singular):
    assert singular in singulars(plural)


@pytest.mark.parametrize(
    ("tf_type", "prop", "expected"),
    [
        ("aws_lb_listener", "defaultActions", "default_action"),  # pluralised list block
        ("aws_autoscaling_group", "vpcZoneIdentifiers", "vpc_zone_identifier"),
        ("aws_autoscaling_group", "tags", "tag"),  # 5.x has only the `tag` block
        ("aws_autoscaling_group", "targetGroupArns", "target_group_arns"),  # plural in Terraform too
        ("aws_route_table", "routes", "route"),
        ("aws_s3_bucket_lifecycle_configuration", "rules", "rule"),
        ("aws_launch_template", "metadataOptions", "metadata_options"),  # max_items=1 block, flattened in Pulumi
        ("aws_cloudwatch_metric_alarm", "name", "alarm_name"),  # exceptions table
        ("aws_vpc", "noSuchInput", None),
    ],
)
def test_property_resolved_against_the_schema(schema, tf_type, prop, expected):
    found = resolve_property(fields_of(schema.block(tf_type)), prop, tf_type)
    assert (found.name if found else None) == expected


# -- the template's stacks -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("stack", STACKS)
def test_template_stacks_translate_completely(runs, translated, stack):
    translation = translated(stack)
    assert translation.untranslatable == []
    custom = [r for r in runs(stack).resources if r.custom]
    assert sorted(r.urn for r in translation.resources.values()) == sorted(r.urn for r in custom)
    reasons = {(i.property, i.reason.split(":")[0]) for i in translation.notes}
    assert {p for p, _ in reasons} <= {"region", "name"}, reasons


@pytest.mark.parametrize("stack", STACKS)
def test_no_mock_value_survives_translation(runs, translated, stack):
    """Every ID, ARN and generated name from the mock state became a reference: nothing mock-made is applied."""
    translation = translated(stack)
    text = json.dumps(translation.document)
    # Required names Pulumi autonames are set to the plan's name on purpose (and recorded as such).
    autonamed = {i.resource for i in translation.notes if i.reason.startswith("autonamed")}
    for r in runs(stack).resources:
        if not r.custom or f"{r.name} ({r.type})" in autonamed:
            continue
        state = r.outputs
        # A resource the program names (the IAM roles and instance profile) has that name as its ID: the literal
        # is the program's own input, not a value the mock made up.
        named = r.inputs.get("name")
        for key in ("id", "arn", "arnSuffix", "bucket", "keyId", "dnsName"):
            value = state.get(key)
            # ... and the ARN the program builds from that name (the trail's and the flow-log group's, which their
            # bucket and key policies name before they exist) is the program's too.
            own_arn = (
                key == "arn"
                and isinstance(named, str)
                and isinstance(value, str)
                and value.endswith(("/" + named, ":" + named))
            )
            if isinstance(value, str) and key not in r.inputs and value != named and not own_arn:
                assert value not in text, f"{r.name}.{key}={value} left as a literal"


@pytest.mark.parametrize(
    ("address", "path", "expected"),
    [
        ("aws_internet_gateway.network-igw", ("vpc_id",), "${aws_vpc.network-vpc.id}"),
        ("aws_s3_bucket_versioning.data-primary-versioning", ("bucket",), "${aws_s3_bucket.data-primary.id}"),
        ("aws_lb_listener.web-http", ("default_action", 0, "target_group_arn"), "${aws_lb_target_group.web-tg.arn}"),
        (
            "aws_cloudwatch_metric_alarm.web-unhealthy-hosts",
            ("dimensions", "TargetGroup"),
            "${aws_lb_target_group.web-tg.arn_suffix}",
        ),
        ("aws_autoscaling_group.web-asg", ("launch_template", 0, "id"), "${aws_launch_template.web-lt.id}"),
        ("aws_iam_instance_profile.roles-instance", ("role",), "${aws_iam_role.roles-instance.id}"),
        ("aws_s3_bucket_replication_configuration.data-replication", ("role",), "${aws_iam_role.roles-replication.arn}"),
    ],
)
def test_ids_arns_and_names_become_references(translated, address, path, expected):
    value: Any = body(translated("dev"), address)
    for step in path:
        value = value[step]
    assert value == expected


def test_references_inside_documents(translated):
    policy = body(translated("dev"), "aws_iam_role_policy.roles-instance-data")["policy"]
    assert "${aws_s3_bucket.data-primary.arn}/app/*" in policy
    assert "${aws_kms_key.data-primary-key.arn}" in policy


def test_explicit_depends_on_kept(translated):
    policy = body(translated("dev"), "aws_s3_bucket_policy.data-primary-policy")
    assert policy["depends_on"] == [
        "aws_s3_bucket_ownership_controls.data-primary-ownership",
        "aws_s3_bucket_public_access_block.data-primary-public-access",
    ]


def test_depends_on_a_component_means_its_resources(schema):
    """dependsOn=[component] waits for every custom resource under it (Pulumi semantics)."""
    from tools.offline_preview.engine import RecordedResource

    def rec(urn, type_, name, parent="", custom=True, deps=(), inputs=None):
        props = struct_pb2.Struct()
        json_format.ParseDict(inputs or {}, props)
        return RecordedResource(
            urn=urn,
            type=type_,
            name=name,
            parent=parent,
            custom=custom,
            properties=props,
            dependencies=list(deps),
            property_dependencies={},
            provider="",
            protect=False,
            retain_on_delete=False,
            id=f"id-{name}-0000000000",
        )

    comp = rec("urn:c", "starter:x:X", "comp", custom=False)
    run = ProgramRun(
        "p",
        "s",
        False,
        {"aws:region": "eu-west-1"},
        [
            comp,
            rec("urn:a", "aws:ec2/vpc:Vpc", "a", parent="urn:c", inputs={"cidrBlock": "10.0.0.0/16"}),
            rec("urn:b", "aws:ec2/vpc:Vpc", "b", deps=["urn:c"], inputs={"cidrBlock": "10.1.0.0/16"}),
        ],
        {},
        [],
    )
    assert translate(run, schema, VERSION).document["resource"]["aws_vpc"]["b"]["depends_on"] == ["aws_vpc.a"]


def test_region_becomes_a_provider_alias_with_the_same_default_tags(runs, translated):
    translation = translated("dev")
    default, *aliases = translation.document["provider"]["aws"]
    assert [a["alias"] for a in aliases] == ["eu-central-1"]
    assert aliases[0]["region"] == "eu-central-1" and default["region"] == "eu-west-1"
    tags = json.loads(runs("dev").config["aws:defaultTags"])["tags"]
    assert default["default_tags"] == [{"tags": tags}] == aliases[0]["default_tags"]
    assert body(translation, "aws_s3_bucket.data-replica")["provider"] == "aws.eu-central-1"
    assert "provider" not in body(translation, "aws_s3_bucket.data-primary")
    assert all("region" not in b for bodies in translation.document["resource"].values() for b in bodies.values())


def test_outputs_keep_the_program_names(runs, translated):
    outputs = translated("local").document["output"]
    assert list(outputs) == list(runs("local").outputs)
    assert outputs["vpcId"]["value"] == "${aws_vpc.network-vpc.id}"
    assert outputs["albUrl"]["value"] == "http://${aws_lb.web-alb.dns_name}"
    assert outputs["primaryRegion"]["value"] == "eu-west-1"


def test_literal_template_sequences_are_escaped():
    assert escape_template("arn:aws:s3:::b/${aws:username}/%{x}") == "arn:aws:s3:::b/$${aws:username}/%%{x}"


@pytest.mark.parametrize(
    ("token", "name", "change", "prop", "reason"),
    [
        ("aws:ec2/vpc:Vpc", "network-vpc", lambda i: i.update(notAnInput=1), "notAnInput", "no argument in aws_vpc"),
        (
            "aws:ec2/launchTemplate:LaunchTemplate",
            "web-lt",
            lambda i: i["metadataOptions"].update(bogus="x"),
            "metadataOptions.bogus",
            "no such nested argument",
        ),
        ("aws:ec2/vpc:Vpc", "network-vpc", lambda i: i.update(cidrBlock="[unknown]"), "cidrBlock", "value unknown"),
        ("aws:ec2/vpc:Vpc", "network-vpc", lambda i: i.update(arn="arn:aws:ec2:x"), "arn", "computed only"),
    ],
)
def test_untranslatable_inputs_are_listed_by_resource_and_property(runs, schema, token, name, change, prop, reason):
    translation = translate(with_inputs(runs("dev"), name, token, change), schema, VERSION)
    assert [(i.resource, i.property) for i in translation.untranslatable] == [(f"{name} ({token})", prop)]
    assert reason in translation.untranslatable[0].reason


def test_unknown_resource_type_is_listed(runs, schema):
    run = copy.copy(runs("dev"))
    vpc = next(r for r in run.resources if r.name == "network-vpc")
    run.resources = [*run.resources, dataclasses.replace(vpc, type="aws:ec2/noSuchThing:NoSuchThing", urn="urn:x")]
    issues = translate(run, schema, VERSION).untranslatable
    assert [(i.resource, i.property) for i in issues] == [("network-vpc (aws:ec2/noSuchThing:NoSuchThing)", "*")]


# -- diagnostics ---------------------------------------------------------------------------------------------------


def test_dump_is_plain_indented_json_with_a_path_per_line():
    document = {"resource": {"aws_vpc": {"a": {"tags": {"k": "v"}, "list": [1, {"x": True}], "empty": []}}}}
    text, paths = dump(document)
    assert text == json.dumps(document, indent=2) + "\n"
    lines = text.splitlines()
    assert paths[lines.index('        "list": [')] == ("resource", "aws_vpc", "a", "list")
    assert paths[lines.index('            "x": true')] == ("resource", "aws_vpc", "a", "list", 1, "x")


def test_diagnostic_line_maps_to_pulumi_resource_and_property(translated):
    translation = translated("dev")
    _, paths = dump(translation.document)
    line = next(
        i
        for i, p in enumerate(paths, 1)
        if p == ("resource", "aws_launch_template", "web-lt", "metadata_options", 0, "http_tokens")
    )
    diag = {
        "severity": "error",
        "summary": "Invalid value",
        "detail": "expected http_tokens to be one of ...",
        "range": {"filename": "main.tf.json", "start": {"line": line}},
    }
    [found] = findings(translation, paths, [diag])
    assert str(found) == (
        "error: web-lt (aws:ec2/launchTemplate:LaunchTemplate) metadataOptions.httpTokens: "
        "Invalid value: expected http_tokens to be one of ..."
    )


# -- emulator gaps -------------------------------------------------------------------------------------------------


def test_readme_lists_every_emulator_gap():
    readme = (REPO / "README.md").read_text()
    section = readme.split("What the emulator does not reproduce", 1)[1].split("\n## ", 1)[0]
    for gap in emulator_gaps.MOTO_GAPS:
        assert f"`{gap.tf_type}`" in section, gap.tf_type


def test_emulator_gaps_name_real_attributes():
    schema = ProviderSchema(json.loads(FIXTURE.read_text()))
    for gap in emulator_gaps.MOTO_GAPS:
        fields = fields_of(schema.block(gap.tf_type))
        for attribute in gap.attributes:
            assert re.split(r"[\[.]", attribute)[0] in fields, (gap.tf_type, attribute)


# -- tool discovery and command line -------------------------------------------------------------------------------


def test_mirror_override_and_search(tmp_path, monkeypatch):
    (tmp_path / "m" / terraform.PROVIDER_SOURCE / "5.1.0").mkdir(parents=True)
    (tmp_path / "m" / terraform.PROVIDER_SOURCE / "5.10.0").mkdir(parents=True)
    monkeypatch.setenv(terraform.PLUGIN_DIR_ENV, str(tmp_path / "m"))
    assert terraform.find_plugin_dir() == tmp_path / "m"
    assert terraform.mirror_versions(tmp_path / "m") == ["5.10.0", "5.1.0"]
    monkeypatch.setenv(terraform.PLUGIN_DIR_ENV, str(tmp_path / "empty"))
    with pytest.raises(terraform.TerraformUnavailable, match="holds no"):
        terraform.find_plugin_dir()
    monkeypatch.delenv(terraform.PLUGIN_DIR_ENV)
    monkeypatch.setattr(terraform, "MIRROR_ROOTS", (str(tmp_path / "none"), str(tmp_path / "m")))
    assert terraform.find_plugin_dir() == tmp_path / "m"


def test_terraform_runs_without_user_config_and_with_a_lax_collector_unless_told(tmp_path, monkeypatch):
    monkeypatch.setenv("TF_LOG", "TRACE")
    monkeypatch.delenv("GOGC", raising=False)
    toolchain = terraform.Toolchain("terraform", tmp_path, "5.100.0")
    env = toolchain.env(tmp_path, {"AWS_REGION": "eu-west-1"})
    assert "TF_LOG" not in env and env["TF_CLI_CONFIG_FILE"] == str(tmp_path / ".terraformrc")
    assert env["GOGC"] == terraform.GOGC and env["AWS_REGION"] == "eu-west-1"
    monkeypatch.setenv("GOGC", "100")
    assert toolchain.env(tmp_path)["GOGC"] == "100"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["-m", "tools.tf_bridge", "validate", "--stack", "nosuch"], "Pulumi.nosuch.yaml"),
        (["-m", "tools.tf_bridge", "validate", "--config", "x.yaml"], "--config needs exactly one --stack"),
        (["-m", "tools.tf_bridge", "frobnicate"], "invalid choice"),
        (["-m", "tools.offline_preview", "--tf-validate", "--preview", "--no-policies"], "--tf-validate needs"),
    ],
)
def test_bad_input_is_one_line_exit_2(argv, message):
    proc = subprocess.run([sys.executable, *argv], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert len(proc.stderr.strip().splitlines()) == 1 and "Traceback" not in proc.stderr
    if "Pulumi.nosuch" in message and "terraform" in proc.stderr and "mirror" in proc.stderr:
        pytest.skip("terraform or its provider mirror is absent: the stack is not reached")
    assert message in proc.stderr


# -- the real provider: validate (needs terraform and the mirror) --------------------------------------------------


@pytest.fixture(scope="session")
def bridge():
    from tools.tf_bridge.runner import Bridge

    try:
        return Bridge.load()
    except terraform.TerraformUnavailable as exc:
        pytest.skip(f"real-provider checks skipped: {exc}")


@pytest.fixture(scope="session")
def validate_dir(tmp_path_factory) -> Path:
    """One terraform init directory for the session (init from the mirror costs seconds)."""
    return tmp_path_factory.mktemp("tf-validate")


def test_schema_fixture_matches_the_provider(bridge):
    fixture = json.loads(FIXTURE.read_text())
    real = subset(terraform.provider_schema(bridge.toolchain), set(fixture["resource_schemas"]))
    assert fixture == json.loads(json.dumps(real)), "regenerate tests/fixtures/tf_schema with schema.subset()"


@pytest.mark.parametrize("stack", STACKS)
def test_template_stacks_validate_clean(bridge, validate_dir, runs, stack):
    from tools.tf_bridge.cli import validate_run

    assert validate_run(runs(stack), bridge, validate_dir) == []


ALARM, LT, LISTENER = (
    "aws:cloudwatch/metricAlarm:MetricAlarm",
    "aws:ec2/launchTemplate:LaunchTemplate",
    "aws:lb/listener:Listener",
)
INGRESS, KEY = "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", "aws:kms/key:Key"
# Mistakes Pulumi's mock runtime accepts; each must come back naming the Pulumi resource and property. They are
# validated together, so none sits upstream of another: terraform skips resources that depend on a failed one.
MISTAKES = [
    (
        "http-tokens-not-in-list",
        LT,
        "web-lt",
        lambda i: i["metadataOptions"].update(httpTokens="mandatory"),
        "metadataOptions.httpTokens",
        'one of ["optional" "required"], got mandatory',
    ),
    (
        "hop-limit-out-of-range",
        LT,
        "web-lt",
        lambda i: i["metadataOptions"].update(httpPutResponseHopLimit=65),
        "metadataOptions.httpPutResponseHopLimit",
        "range (1 - 64), got 65",
    ),
    (
        "redirect-status-not-in-list",
        LISTENER,
        "web-http",
        lambda i: i.update(
            defaultActions=[{"type": "redirect", "redirect": {"statusCode": "HTTP_308", "protocol": "HTTPS", "port": "443"}}]
        ),
        "defaultActions[0].redirect.statusCode",
        "got HTTP_308",
    ),
    (
        "key-deletion-window-out-of-range",
        KEY,
        "data-primary-key",
        lambda i: i.update(deletionWindowInDays=3),
        "deletionWindowInDays",
        "range (7 - 30), got 3",
    ),
    (
        "alarm-operator-not-in-list",
        ALARM,
        "web-target-5xx",
        lambda i: i.update(comparisonOperator="GreaterThan"),
        "comparisonOperator",
        "got GreaterThan",
    ),
    (
        "conflicting-rule-sources",
        INGRESS,
        "web-alb-in-80-0",
        lambda i: i.update(referencedSecurityGroupId="sg-0123456789abcdef0"),
        "",
        "Exactly one of these attributes",
    ),
]


@pytest.fixture(scope="session")
def mistakes_validated(bridge, validate_dir, runs) -> list[str]:
    """Every mistake injected into one copy of the dev plan, validated once (each case checks its own line)."""
    from tools.tf_bridge.cli import validate_run

    run = runs("dev")
    for _, token, name, change, _, _ in MISTAKES:
        run = with_inputs(run, name, token, change)
    return validate_run(run, bridge, validate_dir)


@pytest.mark.parametrize(("case", "token", "name", "change", "prop", "fragment"), MISTAKES, ids=[m[0] for m in MISTAKES])
def test_provider_catches_what_mocks_accept(mistakes_validated, case, token, name, change, prop, fragment):
    prefix = f"error: {name} ({token}) {prop}".rstrip()
    hits = [line for line in mistakes_validated if line.startswith(prefix) and fragment in line]
    assert hits, f"{case}: no line starting {prefix!r} with {fragment!r} in {mistakes_validated}"


def test_no_error_beyond_the_injected_mistakes(mistakes_validated):
    assert len([line for line in mistakes_validated if line.startswith("error:")]) == len(MISTAKES)


# -- the real provider against moto (slow: minutes) ----------------------------------------------------------------


@pytest.mark.slow(seconds=90)
def test_local_stack_applies_converges_audits_and_destroys_on_moto(bridge, tmp_path):
    from tools.tf_bridge.runner import up_moto

    report = up_moto(REPO, tmp_path / "up-moto", "local", bridge=bridge)
    assert report.ok
    assert [step for step, _, _ in report.steps] == ["moto", "translate", "apply", "plan", "audit", "destroy", "moto"]


def test_offline_preview_tf_validate_flag(bridge, tmp_path):
    # Its own cache directory (with the schema already built), so the init directory beside it is this test's
    # alone, not .tf-bridge/validate-local, which a concurrent run or `make validate` in this checkout also uses.
    cache = tmp_path / "cache"
    cache.mkdir()
    shutil.copy2(terraform.cache_dir() / f"aws-{bridge.toolchain.provider_version}.schema.json", cache)
    proc = subprocess.run(
        [sys.executable, "-m", "tools.offline_preview", "--stack", "local", "--no-policies", "--tf-validate"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, terraform.CACHE_DIR_ENV: str(cache)},
    )
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "validate-local" / "main.tf.json").is_file()
    assert proc.stderr.strip() == f"offline_preview: tf-validate: clean with provider {bridge.toolchain.provider_version}"
