"""The offline plan's schema check: what Pulumi's mock runtime accepts but the AWS provider rejects.

Each kind of mistake is injected into a copy of the real program (a string replace in a copied component):
the mock run alone passes, the schema check reports the right line, and the CLI exits 2. The checker's pure
functions are tested directly against a small hand-written schema; the schema derivation against the
installed pulumi_aws.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import PROJECT, REPO, stack_config
from pulumi.runtime import rpc

from tools.offline_preview import plan as offline_preview
from tools.offline_preview import program_errors, pulumi_aws_schema
from tools.offline_preview.engine import ProgramError, run_program
from tools.offline_preview.pulumi_aws_schema import Schema, documented_range, documented_values
from tools.offline_preview.schema_check import check_inputs, check_run

LT = "aws:ec2/launchTemplate:LaunchTemplate web-lt"


# -- the checker's pure functions, against a hand-written schema ------------------------------------------

TOY = Schema(
    "test",
    resources={
        "toy:index:Box": {
            "properties": {
                "name": {"type": "string"},
                "size": {"type": "integer", "min": 1, "max": 64},
                "ratio": {"type": "number"},
                "enabled": {"type": "boolean"},
                "mode": {"type": "string", "enum": ["optional", "required"]},
                "subnets": {"type": "list", "items": {"type": "string"}},
                "tags": {"type": "map", "items": {"type": "string"}},
                "policy": {"type": "union", "of": [{"type": "string"}, {"type": "object", "ref": "toy.Doc"}]},
                "options": {"type": "object", "ref": "toy.Options"},
                "rules": {"type": "list", "items": {"type": "object", "ref": "toy.Options"}},
            },
            "required": ["name"],
            "pythonNames": {"name": "name", "http_tokens": "mode"},
        }
    },
    types={
        "toy.Options": {
            "properties": {"httpTokens": {"type": "string"}, "hopLimit": {"type": "integer"}},
            "required": ["httpTokens"],
            "pythonNames": {"http_tokens": "httpTokens", "hop_limit": "hopLimit"},
        },
        "toy.Doc": {"properties": {"Version": {"type": "string"}}, "required": [], "pythonNames": {}},
    },
)
SECRET = {rpc._special_sig_key: rpc._special_secret_sig, "value": [1, 2]}

MISTAKES = [
    (
        "unknown-top-level",
        {"nmae": "x"},
        [("nmae", "unknown property (did you mean name?)"), ("name", "missing required property")],
    ),
    (
        "unknown-nested-camel",
        {"name": "x", "options": {"httpTokenz": "a", "httpTokens": "b"}},
        [("options.httpTokenz", "unknown property (did you mean httpTokens?)")],
    ),
    (
        "unknown-nested-snake",
        {"name": "x", "options": {"http_tokens": "a", "httpTokens": "b"}},
        [("options.http_tokens", "unknown property (did you mean httpTokens?)")],
    ),
    (
        "unknown-in-list-item",
        {"name": "x", "rules": [{"httpTokens": "a"}, {"httpTokens": "a", "hop": 1}]},
        [("rules[1].hop", "unknown property")],
    ),
    ("unknown-no-suggestion", {"name": "x", "zzzzzz": 1}, [("zzzzzz", "unknown property")]),
    (
        "missing-required-nested",
        {"name": "x", "options": {"hopLimit": 1}},
        [("options.httpTokens", "missing required property")],
    ),
    ("string-got-object", {"name": {"a": 1}}, [("name", "expected string, got object")]),
    ("integer-got-word", {"name": "x", "size": "big"}, [("size", 'expected integer, got string "big"')]),
    ("integer-got-fraction", {"name": "x", "size": 1.5}, [("size", "expected integer, got 1.5")]),
    ("number-got-boolean", {"name": "x", "ratio": True}, [("ratio", "expected number, got boolean True")]),
    ("boolean-got-word", {"name": "x", "enabled": "yes"}, [("enabled", 'expected boolean, got string "yes"')]),
    ("list-got-string", {"name": "x", "subnets": "subnet-1"}, [("subnets", 'expected list, got string "subnet-1"')]),
    ("list-item-type", {"name": "x", "subnets": ["a", ["b"]]}, [("subnets[1]", "expected string, got list")]),
    ("map-got-list", {"name": "x", "tags": ["a"]}, [("tags", "expected object (map), got list ['a']")]),
    ("map-value-type", {"name": "x", "tags": {"Owner": {"a": 1}}}, [("tags.Owner", "expected string, got object")]),
    (
        "object-got-list",
        {"name": "x", "options": [{"httpTokens": "a"}]},
        [("options", "expected object, got list [{'httpTokens': 'a'}]")],
    ),
    ("union-neither", {"name": "x", "policy": ["a"]}, [("policy", "expected string or object, got list ['a']")]),
    (
        "union-object-checked",
        {"name": "x", "policy": {"Versoin": "2012"}},
        [("policy.Versoin", "unknown property (did you mean Version?)")],
    ),
    (
        "value-not-listed",
        {"name": "x", "mode": "mandatory"},
        [("mode", '"mandatory" is not an allowed value (allowed: optional, required)')],
    ),
    ("value-out-of-range", {"name": "x", "size": 65.0}, [("size", "65 is out of range (1 to 64)")]),
    ("value-below-range", {"name": "x", "size": 0}, [("size", "0 is out of range (1 to 64)")]),
]


@pytest.mark.parametrize(("inputs", "expected"), [c[1:] for c in MISTAKES], ids=[c[0] for c in MISTAKES])
def test_each_kind_of_mistake_is_one_finding(inputs, expected):
    assert check_inputs(TOY, "toy:index:Box", inputs) == expected


ACCEPTED = [
    (
        "all-valid",
        {
            "name": "x",
            "size": 64,
            "mode": "required",
            "subnets": ["a"],
            "tags": {"A": "b"},
            "options": {"httpTokens": "a", "hopLimit": 2},
            "policy": "{}",
            "enabled": True,
        },
    ),
    ("range-edges", {"name": "x", "size": 1.0}),
    ("unknown-value", {"name": rpc.UNKNOWN, "size": rpc.UNKNOWN, "options": rpc.UNKNOWN, "subnets": [rpc.UNKNOWN]}),
    ("secret-value", {"name": "x", "subnets": SECRET, "size": SECRET}),
    ("bridge-coerces-scalars-to-string", {"name": 3, "mode": "optional", "tags": {"n": True}}),
    ("bridge-reads-boolean-and-number-strings", {"name": "x", "enabled": "false", "size": "3"}),
    ("union-object-alternative", {"name": "x", "policy": {"Version": "2012-10-17"}}),
    ("type-outside-the-schema", {"anything": {"goes": 1}}),
]


@pytest.mark.parametrize("inputs", [c[1] for c in ACCEPTED], ids=[c[0] for c in ACCEPTED])
def test_valid_unknown_and_secret_values_are_accepted(inputs):
    token = "other:index:Thing" if "anything" in inputs else "toy:index:Box"
    assert check_inputs(TOY, token, inputs) == []


DOCS = [
    ("valid-values-are", "Valid values are `enabled` and `disabled`.", ["enabled", "disabled"], None),
    ("can-be-quoted", 'Can be `"optional"` or `"required"`. (Default: `"optional"`).', ["optional", "required"], None),
    (
        "annotated-item",
        "Valid values are `monitor`, `defensive` (default), `strictest`.",
        ["monitor", "defensive", "strictest"],
        None,
    ),
    ("open-ended-list", "Valid values include `amazon`, `self`, or a 12-digit AWS account ID.", None, None),
    ("placeholder-values", "Valid values are `2XX`, `4XX`, or `5XX`.", None, None),
    ("interpolated-value", "Valid values are `HTTP`, `HTTPS`, or `#{protocol}`.", None, None),
    ("single-value", "Valid values are `gp3`.", None, None),
    ("integer-range", "Can be an integer from `1` to `64`. (Default: `1`).", None, (1, 64)),
    ("between-range", "Valid values are between `7` and `30` days.", None, (7, 30)),
    ("thousands-separator", "Must be between 1 and 5,000.", None, (1, 5000)),  # not 1 to 5
    ("range-ends-a-sentence", "Must be between 1 and 64, inclusive.", None, (1, 64)),
    ("no-statement", "The name of the bucket.", None, None),
    (
        "annotations-with-backticks-keep-the-last-value",
        "Valid values are `OFF` (no MFA), `ON` (requires `sms_configuration` or `software_token_mfa_configuration`),"
        " or `OPTIONAL` (requires one of `a` or `b` (see docs)).",
        ["OFF", "ON", "OPTIONAL"],
        None,
    ),
    ("value-with-parentheses-is-no-literal", "Valid values are `ALL` (all), `COUNT(n)` (n of them).", None, None),
    ("unreadable-annotation-is-not-enforced", "Valid values are `a`, `b` (see (the (docs)))", None, None),
]


@pytest.mark.parametrize(("doc", "values", "bounds"), [c[1:] for c in DOCS], ids=[c[0] for c in DOCS])
def test_docstring_value_lists_and_ranges(doc, values, bounds):
    assert (documented_values(doc), documented_range(doc)) == (values, bounds)


# -- the schema derived from the installed pulumi_aws, cached per version ----------------------------------


def test_schema_comes_from_the_installed_sdk():
    schema = pulumi_aws_schema.load(["aws:ec2/launchTemplate:LaunchTemplate", "aws:ec2/subnet:Subnet"])
    template = schema.resources["aws:ec2/launchTemplate:LaunchTemplate"]
    assert template["properties"]["metadataOptions"] == {
        "type": "object",
        "ref": "pulumi_aws.ec2.LaunchTemplateMetadataOptionsArgs",
    }
    options = schema.types["pulumi_aws.ec2.LaunchTemplateMetadataOptionsArgs"]["properties"]
    # ignoreCase: no generated verdict (enum_rules.py) says the provider checks this list case-sensitively yet
    assert options["httpTokens"] == {"type": "string", "enum": ["optional", "required"], "ignoreCase": True}
    assert options["httpPutResponseHopLimit"] == {"type": "integer", "min": 1, "max": 64}
    assert template["properties"]["blockDeviceMappings"]["type"] == "list"
    assert template["properties"]["region"] == {"type": "string"}
    assert schema.resources["aws:ec2/subnet:Subnet"]["required"] == ["vpcId"]
    policy = pulumi_aws_schema.load(["aws:iam/rolePolicy:RolePolicy"]).resources["aws:iam/rolePolicy:RolePolicy"]
    assert policy["properties"]["policy"]["type"] == "union" and policy["required"] == ["policy", "role"]


def test_schema_is_cached_on_disk_by_version(monkeypatch, tmp_path):
    monkeypatch.setenv("STARTER_SCHEMA_CACHE", str(tmp_path))
    pulumi_aws_schema.load(["aws:kms/key:Key"])
    path = pulumi_aws_schema.cache_path(pulumi_aws_schema.installed_version())
    assert path.parent == tmp_path and path.name.startswith(f"pulumi-aws-{pulumi_aws_schema.installed_version()}-inputs")
    assert "aws:kms/key:Key" in json.loads(path.read_text())["resources"]

    def no_build(*_: Any) -> None:
        raise AssertionError("built again although cached")

    monkeypatch.setattr(pulumi_aws_schema, "build", no_build)
    assert "aws:kms/key:Key" in pulumi_aws_schema.load(["aws:kms/key:Key"]).resources
    monkeypatch.setattr(pulumi_aws_schema, "installed_version", lambda: "0.0.0-other")
    with pytest.raises(AssertionError, match="built again"):
        pulumi_aws_schema.load(["aws:kms/key:Key"])


@pytest.mark.parametrize("scenario", ["dev", "prod", "local", "dev-preview", "prod-preview", "dev-https-nonat"])
def test_template_stacks_are_clean(runs, scenario):
    assert [str(f) for f in check_run(runs(scenario))] == []


# -- mistakes injected into a copy of the real program ------------------------------------------------------

FALLBACK = REPO / "tests" / "fixtures" / "schema_mistakes" / "__main__.py"


def program_copy(tmp_path: Path, old: str, new: str, fallback: bool = False) -> tuple[Path, Path]:
    """A copy of the repo's program (``__main__.py``, ``components/``, project and dev stack file) with ``old``
    replaced by ``new`` in whichever component holds it, and that file. When no single component holds ``old``
    (the component text moved), or with ``fallback``, the program is the small fixture that declares the same
    resources the same way."""
    target = tmp_path / "program"
    target.mkdir()
    for name in ("__main__.py", "Pulumi.yaml", "Pulumi.dev.yaml"):
        shutil.copy(REPO / name, target / name)
    shutil.copytree(REPO / "components", target / "components", ignore=shutil.ignore_patterns("__pycache__"))
    holders = [p for p in (target / "components").rglob("*.py") if old in p.read_text()]
    if fallback or len(holders) != 1:
        shutil.rmtree(target / "components")
        shutil.copy(FALLBACK, target / "__main__.py")
        holders = [target / "__main__.py"]
    assert old in holders[0].read_text()
    holders[0].write_text(holders[0].read_text().replace(old, new))
    return target, holders[0]


INJECTED = [
    (
        "unknown-nested-property",
        '"http_tokens": "required"',
        '"http_tokenz": "required"',
        f"{LT}: metadataOptions.http_tokenz: unknown property (did you mean httpTokens?)",
    ),
    (
        "unknown-nested-camel-case",
        '"http_tokens": "required"',
        '"httpTokenz": "required"',
        f"{LT}: metadataOptions.httpTokenz: unknown property (did you mean httpTokens?)",
    ),
    (
        "value-not-listed",
        '"http_tokens": "required"',
        '"http_tokens": "mandatory"',
        f'{LT}: metadataOptions.httpTokens: "mandatory" is not an allowed value (allowed: optional, required)',
    ),
    (
        "value-out-of-range",
        '"http_put_response_hop_limit": TEMPLATE_HOP_LIMIT',
        '"http_put_response_hop_limit": 65',
        f"{LT}: metadataOptions.httpPutResponseHopLimit: 65 is out of range (1 to 64)",
    ),
    (
        "type-integer",
        '"volume_size": args.root_volume_size_gb',
        '"volume_size": "twenty"',
        f'{LT}: blockDeviceMappings[0].ebs.volumeSize: expected integer, got string "twenty"',
    ),
    (
        "type-boolean",
        'monitoring={"enabled": True}',
        'monitoring={"enabled": "yes"}',
        f'{LT}: monitoring.enabled: expected boolean, got string "yes"',
    ),
    (
        "missing-required",
        '"predefined_metric_specification": {"predefined_metric_type": "ASGAverageCPUUtilization"}',
        '"predefined_metric_specification": {"resource_label": "x"}',
        "aws:autoscaling/policy:Policy web-cpu: targetTrackingConfiguration.predefinedMetricSpecification."
        "predefinedMetricType: missing required property",
    ),
]


@pytest.mark.parametrize("fallback", [False, True], ids=["template", "fallback-fixture"])
@pytest.mark.parametrize(("old", "new", "line"), [c[1:] for c in INJECTED], ids=[c[0] for c in INJECTED])
def test_mock_run_passes_but_the_plan_reports_the_mistake(tmp_path, old, new, line, fallback):
    program, _ = program_copy(tmp_path, old, new, fallback)
    run = run_program(program, PROJECT, "dev", stack_config("dev"))  # the mock runtime alone: no complaint
    assert [str(f) for f in check_run(run)] == [line]


def test_plan_exits_2_with_one_line_per_finding_and_a_schema_list(capsys, tmp_path):
    program = str(program_copy(tmp_path, '"http_tokens": "required"', '"http_tokenz": "required"')[0])
    line = f"{LT}: metadataOptions.http_tokenz: unknown property (did you mean httpTokens?)"

    assert offline_preview.main(["--program", program, "--no-policies", "--no-schema-check"]) == 0
    out, err = capsys.readouterr()
    assert err == "" and out.startswith(f"Stack {PROJECT}/dev: ")

    assert offline_preview.main(["--program", program]) == 2
    out, err = capsys.readouterr()
    assert out.startswith(f"Stack {PROJECT}/dev: ") and "Policy violations" not in out  # policies not run
    assert err.splitlines()[0] == line and err.splitlines()[1].startswith("offline_preview: error: 1 resource input")

    assert offline_preview.main(["--program", program, "--no-policies", "--format", "json"]) == 2
    doc = json.loads(capsys.readouterr().out)
    assert [(f["type"], f["name"], f["path"]) for f in doc["schema"]] == [
        ("aws:ec2/launchTemplate:LaunchTemplate", "web-lt", "metadataOptions.http_tokenz")
    ]


def test_clean_plan_has_an_empty_schema_list(capsys):
    assert offline_preview.main(["--stack", "local", "--no-policies", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["schema"] == []


# -- errors that point at the user's code -------------------------------------------------------------------

RAISING = '            descripton="Web tier instances",'


@pytest.mark.parametrize("fallback", [False, True], ids=["template", "fallback-fixture"])
def test_program_error_names_the_users_file_line_and_source(tmp_path, fallback):
    program, holder = program_copy(tmp_path, '            description="Web tier instances",', RAISING, fallback)
    with pytest.raises(ProgramError) as caught:
        run_program(program, PROJECT, "dev", stack_config("dev"))
    message = str(caught.value)
    lineno, source = next(
        (i, text.strip()) for i, text in enumerate(holder.read_text().splitlines(), 1) if "aws.ec2.LaunchTemplate(" in text
    )
    assert "\n" not in message and "site-packages" not in message
    assert message.startswith(f"program failed at {holder.relative_to(program)}:{lineno}: TypeError: ")
    assert message.endswith(f"unexpected keyword argument 'descripton' -- {source}")


def test_traceback_flag_prints_the_whole_traceback(capsys, tmp_path):
    program = str(program_copy(tmp_path, '            description="Web tier instances",', RAISING)[0])
    assert offline_preview.main(["--program", program, "--no-policies"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert offline_preview.main(["--program", program, "--no-policies", "--traceback"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Traceback (most recent call last):") and "pulumi_aws/ec2/launch_template.py" in err
    assert err.splitlines()[-1].startswith("offline_preview: error: program failed at ")


APPLY_ERROR = """

def explode(name: str) -> str:
    raise RuntimeError(f"cannot use {name}")


pulumi.export("derived", box.bucket.bucket.apply(explode))
"""


def test_error_in_an_apply_callback_names_the_users_line(tmp_path):
    program = tmp_path / "program"
    shutil.copytree(REPO / "tests" / "fixtures" / "minimal", program)
    main = program / "__main__.py"
    main.write_text(main.read_text() + APPLY_ERROR)
    lineno = next(i for i, text in enumerate(main.read_text().splitlines(), 1) if "raise RuntimeError" in text)
    with pytest.raises(ProgramError) as caught:
        run_program(program, "minimal", "test", {"minimal:greeting": "hi"})
    assert str(caught.value) == (
        f"program failed at __main__.py:{lineno}: RuntimeError: cannot use box-bucket-"
        f"{caught.value.__cause__.args[0].rsplit('-', 1)[1]} -- "
        'raise RuntimeError(f"cannot use {name}")'
    )


def test_error_without_a_user_frame_keeps_the_plain_message(tmp_path):
    try:
        raise KeyError("x")
    except KeyError as exc:  # raised here, in tests/, which is not the program directory
        assert program_errors.describe(exc, tmp_path) == "program failed: KeyError: 'x'"
