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
from tools.tf_bridge import assets, derive, emulator_gaps, terraform
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
            inputs, before = r.inputs, r.inputs
            change(inputs)
            # r.inputs drops the SDK's asset/archive signature; an untouched asset keeps it
            for key, raw in json_format.MessageToDict(r.properties).items():
                if assets.kind(raw) is not None and inputs.get(key) == before.get(key):
                    inputs[key] = raw
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
        ("aws:lb/loadBalancer:LoadBalancer", "aws_lb"),
        ("aws:alb/loadBalancer:LoadBalancer", "aws_alb"),  # the deprecated alias: same arguments, its own name
        ("aws:alb/listener:Listener", "aws_alb_listener"),
        ("aws:s3/bucketV2:BucketV2", "aws_s3_bucket"),
        ("aws:s3/bucketReplicationConfig:BucketReplicationConfig", "aws_s3_bucket_replication_configuration"),
        ("aws:ec2/instance:Instance", "aws_instance"),
        ("aws:ec2transitgateway/transitGateway:TransitGateway", "aws_ec2_transit_gateway"),
        # no naming rule finds these (issue 21): the derivation does
        ("aws:rds/instance:Instance", "aws_db_instance"),
        ("aws:rds/subnetGroup:SubnetGroup", "aws_db_subnet_group"),
        ("aws:rds/parameterGroup:ParameterGroup", "aws_db_parameter_group"),
        ("aws:elb/loadBalancer:LoadBalancer", "aws_elb"),
        ("aws:iam/openIdConnectProvider:OpenIdConnectProvider", "aws_iam_openid_connect_provider"),
        ("aws:cognito/identityPoolRoleAttachment:IdentityPoolRoleAttachment", "aws_cognito_identity_pool_roles_attachment"),
        ("aws:directconnect/linkAggregationGroup:LinkAggregationGroup", "aws_dx_lag"),
        ("aws:ec2/internetGateway:InternetGateway", "aws_internet_gateway"),
        ("aws:ec2/noSuchThing:NoSuchThing", None),
        ("pulumi:providers:aws", None),
    ],
)
def test_resource_type_resolved_against_the_schema(schema, token, expected):
    assert schema.resource_type(token) == expected


@pytest.mark.parametrize(
    ("token", "prop", "expected"),
    [
        ("aws:sns/topicSubscription:TopicSubscription", "topic", "topic_arn"),
        ("aws:cloudwatch/metricAlarm:MetricAlarm", "name", "alarm_name"),
        ("aws:lambda/function:Function", "name", "function_name"),
        ("aws:lambda/function:Function", "code", "filename"),  # an archive: written beside main.tf.json
        ("aws:lambda/function:Function", "sourceCodeHash", "source_code_hash"),
        ("aws:sns/topicSubscription:TopicSubscription", "protocol", "protocol"),
    ],
)
def test_renamed_arguments_come_from_the_derived_table(schema, token, prop, expected):
    tf_type = schema.resource_type(token)
    assert tf_type is not None
    found = resolve_property(fields_of(schema.block(tf_type)), prop, schema.renames(token))
    assert (found.name if found else None) == expected


def test_every_installed_token_is_in_the_derived_table(schema):
    """A pulumi-aws upgrade that adds resources fails here until the table is regenerated (derive.main)."""
    table = schema.table
    assert table["pulumi_aws_version"] == derive.pulumi_aws_version()
    tokens = set(derive.pulumi_inputs(derive.package_dir()))
    assert tokens == set(table["types"]) | set(table["no_type"])
    assert not set(table["types"]) & set(table["no_type"])


def test_another_version_pair_is_derived_once_and_cached(monkeypatch, tmp_path):
    """No checked-in table for the installed pulumi-aws: derived on first use into the cache, read from it after."""
    monkeypatch.setattr(derive, "pulumi_aws_version", lambda package=None: "99.0.0")
    document = json.loads(FIXTURE.read_text())
    table = derive.load_table(document, VERSION, tmp_path)
    assert (tmp_path / derive.table_name(VERSION, "99.0.0")).is_file()
    assert table["types"]["aws:rds/instance:Instance"] == "aws_db_instance"  # the fixture schema has it

    def fail(*_: object) -> None:
        raise AssertionError("derived again")

    monkeypatch.setattr(derive, "derive", fail)
    assert derive.load_table(document, VERSION, tmp_path) == table


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
        ("aws_vpc", "noSuchInput", None),
    ],
)
def test_property_resolved_against_the_schema(schema, tf_type, prop, expected):
    found = resolve_property(fields_of(schema.block(tf_type)), prop)
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


# -- a fork's additions (tests/fixtures/fork_services) ---------------------------------------------------------------

FORK = REPO / "tests" / "fixtures" / "fork_services"
RDS, SUBNET_GROUP, PARAMETER_GROUP = (
    "aws:rds/instance:Instance",
    "aws:rds/subnetGroup:SubnetGroup",
    "aws:rds/parameterGroup:ParameterGroup",
)
FUNCTION, OIDC = "aws:lambda/function:Function", "aws:iam/openIdConnectProvider:OpenIdConnectProvider"
SUBSCRIPTION, QUEUE = "aws:sns/topicSubscription:TopicSubscription", "aws:sqs/queue:Queue"


@pytest.fixture(scope="session")
def fork_run():
    from tools.tf_bridge.runner import plan_stack

    return plan_stack(FORK, "test")


@pytest.fixture(scope="session")
def fork_translated(fork_run, schema) -> Translation:
    return translate(fork_run, schema, VERSION, FORK)


def test_fork_services_translate_completely(fork_run, fork_translated):
    """A database, a function with inline code, an OIDC provider and a queue subscription: every resource has
    its provider type and every input an argument (issue 21: four had no type, two inputs no argument)."""
    assert fork_translated.untranslatable == []
    types = {r.type: address.split(".")[0] for address, r in fork_translated.resources.items()}
    assert types[RDS] == "aws_db_instance" and types[SUBNET_GROUP] == "aws_db_subnet_group"
    assert types[PARAMETER_GROUP] == "aws_db_parameter_group" and types[OIDC] == "aws_iam_openid_connect_provider"
    assert body(fork_translated, "aws_sns_topic_subscription.events")["topic_arn"] == "${aws_sns_topic.events.arn}"
    assert sorted(r.urn for r in fork_translated.resources.values()) == sorted(r.urn for r in fork_run.resources if r.custom)


def test_inline_code_becomes_a_zip_beside_main_tf_json_with_the_providers_hash(fork_translated):
    import base64
    import hashlib
    import io
    import zipfile

    fn = body(fork_translated, "aws_lambda_function.fn")
    content = fork_translated.files[fn["filename"]]
    assert fn["filename"] == "assets/aws_lambda_function.fn.code.zip"
    assert zipfile.ZipFile(io.BytesIO(content)).read("index.py").startswith(b"def handler(event, context):")
    # what terraform's filebase64sha256(filename) gives: the provider compares it to detect new code
    assert fn["source_code_hash"] == base64.b64encode(hashlib.sha256(content).digest()).decode()
    assert fn["function_name"].startswith("fn-")  # Pulumi autonames it; terraform requires it


def _asset_run(fork_run, token: str, name: str, key: str, raw: dict[str, Any]) -> ProgramRun:
    """``fork_run`` with one resource's ``key`` replaced by a serialised asset or archive (as the SDK sends it)."""
    copied = copy.copy(fork_run)
    copied.resources = []
    for r in fork_run.resources:
        if r.name == name and r.type == token:
            r = copy.copy(r)
            props = json_format.MessageToDict(r.properties)
            props[key] = raw
            r.properties = struct_pb2.Struct()
            json_format.ParseDict(props, r.properties)
        copied.resources.append(r)
    return copied


SIG = "4dabf18193072939515e22adb298388d"
FILE_ASSET = {SIG: "c44067f5952c0a294b673a41bacd8c17"}
ARCHIVE = {SIG: "0def7320c3a5731c473e5ecbe6d01bc7"}


def test_file_archive_of_a_folder_and_a_zip(fork_run, schema, tmp_path):
    import io
    import zipfile

    (tmp_path / "src" / "pkg").mkdir(parents=True)
    (tmp_path / "src" / "index.py").write_text("x = 1\n")
    (tmp_path / "src" / "pkg" / "util.py").write_text("y = 2\n")
    run = _asset_run(fork_run, FUNCTION, "fn", "code", {**ARCHIVE, "path": "src"})
    first = translate(run, schema, VERSION, tmp_path)
    [(path, content)] = first.files.items()
    assert sorted(zipfile.ZipFile(io.BytesIO(content)).namelist()) == ["index.py", "pkg/util.py"]
    assert translate(run, schema, VERSION, tmp_path).files[path] == content  # same folder, same bytes and hash
    (tmp_path / "built.zip").write_bytes(content)
    run = _asset_run(fork_run, FUNCTION, "fn", "code", {**ARCHIVE, "path": "built.zip"})
    assert translate(run, schema, VERSION, tmp_path).files[path] == content  # a zip is used as it is


def test_s3_object_source_asset_is_the_file(runs, schema, tmp_path):
    from tools.offline_preview.engine import RecordedResource

    (tmp_path / "index.html").write_text("<h1>hi</h1>")
    props = struct_pb2.Struct()
    json_format.ParseDict({"bucket": "b", "key": "index.html", "source": {**FILE_ASSET, "path": "index.html"}}, props)
    obj = RecordedResource(
        "urn:o", "aws:s3/bucketObjectv2:BucketObjectv2", "page", "", True, props, [], {}, "", False, False
    )
    run = ProgramRun("p", "s", False, {"aws:region": "eu-west-1"}, [obj], {}, [])
    translation = translate(run, schema, VERSION, tmp_path)
    assert translation.untranslatable == []
    [(tf_type, bodies)] = translation.document["resource"].items()
    assert tf_type == "aws_s3_object" and bodies["page"]["source"] == "assets/aws_s3_object.page.source"
    assert translation.files["assets/aws_s3_object.page.source"] == b"<h1>hi</h1>"


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ({**ARCHIVE, "uri": "https://example.com/code.zip"}, "remote archive"),
        ({**ARCHIVE, "path": "missing-folder"}, "no such file"),
        ({**ARCHIVE, "assets": {"inner": {**ARCHIVE, "assets": {}}}}, "not flattened"),
    ],
)
def test_assets_that_cannot_become_files_are_listed(fork_run, schema, tmp_path, raw, reason):
    translation = translate(_asset_run(fork_run, FUNCTION, "fn", "code", raw), schema, VERSION, tmp_path)
    assert [(i.resource, i.property) for i in translation.untranslatable] == [(f"fn ({FUNCTION})", "code")]
    assert reason in translation.untranslatable[0].reason


def test_a_program_whose_only_resource_is_untranslatable(schema, tmp_path):
    """No empty ``resource`` block (terraform init rejects it before saying anything useful); the resource is
    listed with why it has no type."""
    from tools.tf_bridge.runner import plan_stack

    config = tmp_path / "Pulumi.only.yaml"
    config.write_text("config:\n  aws:region: eu-west-1\n  fork-services:mode: only-untranslatable\n")
    translation = translate(plan_stack(FORK, "only", config), schema, VERSION, FORK)
    assert "resource" not in translation.document
    [issue] = translation.untranslatable
    assert issue.resource == "transformer (aws:cloudwatch/logTransformer:LogTransformer)" and issue.property == "*"
    assert "no resource type in this provider version" in issue.reason


INIT_FAILURE = """
Error: Terraform encountered problems during initialisation, including problems
with the configuration, described below.

The Terraform configuration must be valid before initialization so that
Terraform can determine which modules and providers need to be installed.


Error: Invalid expression

  on main.tf.json line 8, in resource.aws_vpc.a:
   8:         "depends_on": "aws_vpc.b"

A static list expression is required.
"""


def test_a_terraform_failure_names_the_cause_not_the_preamble():
    proc = subprocess.CompletedProcess(["terraform", "init"], 1, stdout="", stderr=INIT_FAILURE)
    assert terraform.first_error(proc) == (
        "Invalid expression: A static list expression is required. (line 8, resource.aws_vpc.a)"
    )
    [diag] = terraform.error_diagnostics(INIT_FAILURE)
    assert diag["range"]["start"]["line"] == 8 and diag["snippet"]["context"] == "resource.aws_vpc.a"
    only_preamble = INIT_FAILURE.split("\n\n\nError: Invalid")[0]
    assert terraform.first_error(subprocess.CompletedProcess([], 1, "", only_preamble)).startswith("Terraform encountered")


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


def test_derived_table_matches_the_installed_sdk_and_provider(bridge):
    """The checked-in table is what the derivation gives today: an upgrade of pulumi-aws or of the provider
    mirror fails here until `python -m tools.tf_bridge.derive` regenerates it."""
    document = terraform.provider_schema(bridge.toolchain)
    fresh = derive.derive(derive.package_dir(), document, bridge.toolchain.provider_version)
    assert derive.render(fresh) == derive.render(derive.checked_in_table()), (
        "run `.venv/bin/python -m tools.tf_bridge.derive` and commit tools/tf_bridge/derived/"
    )


def test_every_mapped_token_resolves_to_a_real_type_and_its_inputs_to_arguments(bridge):
    """Over every pulumi-aws resource with a counterpart: the type exists, and nearly every input lands on an
    argument by name or derived rename (the rest are arguments added in provider 6.x, which pulumi-aws 7
    bridges: they are listed as untranslatable when a program sets them, never dropped)."""
    document = terraform.provider_schema(bridge.toolchain)
    table = derive.checked_in_table()
    inputs = derive.pulumi_inputs(derive.package_dir())
    total = unresolved = 0
    for token, tf_type in table["types"].items():
        assert tf_type in document["resource_schemas"], token
        fields = derive.settable(document["resource_schemas"][tf_type]["block"])
        renames = {**table["renames"].get(token, {}), **table["assets"].get(token, {})}
        for name in set(inputs[token]) - derive.PULUMI_ONLY_INPUTS:
            total += 1
            unresolved += renames.get(name) not in fields and derive.match_name(name, fields) is None
    assert total > 9000 and unresolved / total < 0.05, (unresolved, total)


@pytest.mark.parametrize("stack", STACKS)
def test_template_stacks_validate_clean(bridge, validate_dir, runs, stack):
    from tools.tf_bridge.cli import validate_run

    assert validate_run(runs(stack), bridge, validate_dir) == []


def test_the_scans_native_rendering_validates_clean(bridge, runs, tmp_path):
    """tools/tf_bridge/hcl.py (what make scan hands checkov): every stack, plus an inline rule whose unset keys
    are left out and a policy as jsonencode(), is accepted by the real provider as main.tf."""
    from tests.test_scan import open_ssh_and_admin_policy
    from tools.tf_bridge.hcl import render

    cases = {stack: runs(stack) for stack in STACKS} | {"mistakes": open_ssh_and_admin_policy(runs("prod"))}
    for case, run in cases.items():
        hcl = render(bridge.translate(run).document, bridge.schema)
        (tmp_path / "main.tf").write_text(hcl.text)
        bridge.toolchain.init(tmp_path)  # once: the provider requirement is the same for every case
        proc = bridge.toolchain.run(tmp_path, "validate", "-json", "-no-color", check=False)
        report = json.loads(proc.stdout)
        assert report["valid"], f"{case}: {[d['summary'] + ': ' + d.get('detail', '') for d in report['diagnostics']]}"
    assert "ingress {" in hcl.text and "jsonencode(" in hcl.text


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


# A mistake in each resource a fork adds (tests/fixtures/fork_services). terraform does not validate a resource
# whose upstream (a referenced resource) has errors, and the database references its subnet and parameter groups
# (their autonamed names reach it since the mock names them): the mistakes go in two validate runs, the upstream
# groups' in one and the rest in the other.
FORK_MISTAKES = [
    ("db-monitoring-interval", RDS, "db", lambda i: i.update(monitoringInterval=7), "monitoringInterval", "got 7"),
    ("db-subnet-group-name", SUBNET_GROUP, "db", lambda i: i.update(name="Not_Valid!"), "name", "only lowercase"),
    (
        "parameter-apply-method",
        PARAMETER_GROUP,
        "db",
        lambda i: i["parameters"][0].update(applyMethod="later"),
        "parameters",  # a set block: terraform points at the block, not the item
        "got later",
    ),
    ("function-memory", FUNCTION, "fn", lambda i: i.update(memorySize=64), "memorySize", "64"),
    ("oidc-thumbprint", OIDC, "ci", lambda i: i.update(thumbprintLists=["abc"]), "thumbprintLists", "40"),
    ("subscription-protocol", SUBSCRIPTION, "events", lambda i: i.update(protocol="carrier-pigeon"), "protocol", "pigeon"),
]


UPSTREAM = {SUBNET_GROUP, PARAMETER_GROUP}  # the database references both


@pytest.fixture(scope="session")
def fork_validated(bridge, tmp_path_factory, fork_run) -> tuple[list[str], list[str]]:
    """The fork as written, then with every mistake injected: two validate runs in one init directory."""
    from tools.tf_bridge.cli import validate_run

    workdir = tmp_path_factory.mktemp("tf-fork")
    clean = validate_run(fork_run, bridge, workdir, FORK)
    found: list[str] = []
    for upstream in (True, False):
        run = fork_run
        for _, token, name, change, _, _ in FORK_MISTAKES:
            if (token in UPSTREAM) is upstream:
                run = with_inputs(run, name, token, change)
        found += validate_run(run, bridge, workdir, FORK)
    return clean, found


def test_a_fork_with_a_database_function_oidc_provider_and_subscription_validates_clean(fork_validated, tmp_path):
    assert fork_validated[0] == []


@pytest.mark.parametrize(
    ("case", "token", "name", "change", "prop", "fragment"), FORK_MISTAKES, ids=[m[0] for m in FORK_MISTAKES]
)
def test_a_mistake_in_what_a_fork_adds_names_the_pulumi_resource(fork_validated, case, token, name, change, prop, fragment):
    prefix = f"error: {name} ({token}) {prop}".rstrip()
    hits = [line for line in fork_validated[1] if line.startswith(prefix) and fragment in line]
    assert hits, f"{case}: no line starting {prefix!r} with {fragment!r} in {fork_validated[1]}"


def test_no_fork_error_beyond_the_injected_mistakes(fork_validated):
    assert len(fork_validated[1]) == len(FORK_MISTAKES), fork_validated[1]


def test_an_init_failure_names_the_diagnostic_and_the_pulumi_resource(bridge, fork_translated, tmp_path):
    """terraform init parses the configuration first; what it rejects comes back like validate's diagnostics."""
    broken = copy.deepcopy(fork_translated)
    body(broken, "aws_sqs_queue.events")["depends_on"] = "aws_sns_topic.events"  # a list is required
    found = [str(f) for f in bridge.validate(broken, tmp_path / "init")]
    assert found == [f"error: events ({QUEUE}): Invalid expression: A static list expression is required."]
    with pytest.raises(terraform.TerraformError) as failure:
        bridge.toolchain.init(tmp_path / "init")
    assert str(failure.value).startswith("terraform init failed (exit 1): Invalid expression: A static list")
    assert "encountered problems" not in str(failure.value)


def test_only_an_untranslatable_resource_is_one_line_naming_it(bridge, tmp_path):
    from tools.tf_bridge.cli import validate_run
    from tools.tf_bridge.runner import plan_stack

    config = tmp_path / "Pulumi.only.yaml"
    config.write_text("config:\n  aws:region: eu-west-1\n  fork-services:mode: only-untranslatable\n")
    [line] = validate_run(plan_stack(FORK, "only", config), bridge, tmp_path / "only", FORK)
    assert line.startswith("untranslatable: transformer (aws:cloudwatch/logTransformer:LogTransformer) *: ")


# -- the real provider against moto (slow: minutes) ----------------------------------------------------------------


@pytest.mark.slow(seconds=90)
@pytest.mark.xfail(
    run=False,
    reason="not run until the operations parts have their moto gaps named: with them the local stack's terraform "
    "apply created all 102 resources on moto and then did not finish in 12 minutes (a provider waiter or retry "
    "against an answer moto does not give, e.g. its 500 on PutBucketLogging); docs/operations.md",
)
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
