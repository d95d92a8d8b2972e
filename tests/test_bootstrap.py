"""The bootstrap stack (bootstrap/): run once under the offline engine with its example stack file, judged by
the policy pack with its own policy config, and its pure parts (config, permissions, summary) tested directly."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from typing import Any

import pytest
import yaml
from starter_shared import iam_documents
from starter_shared.facts import PUBLIC_ACCESS_BLOCK_FLAGS, snake_to_camel

from tests.conftest import REPO, as_list, policy_json, settings_of
from tools.offline_preview.analyzer import PolicyPackProcess, check_run
from tools.offline_preview.engine import ProgramRun, run_program
from tools.offline_preview.policy_inputs import load_policy_config
from tools.offline_preview.stack_files import read_project, read_stack_config

BOOTSTRAP = REPO / "bootstrap"
sys.path.insert(0, str(BOOTSTRAP))

from foundation import outputs as out  # noqa: E402
from foundation import permissions  # noqa: E402
from foundation.config import PREVIEW_PREFIX, ConfigError, parse_config  # noqa: E402
from foundation.github_access import AUDIENCE  # noqa: E402
from foundation.summary import SummaryError, commands  # noqa: E402

PROJECT, DEFAULTS = read_project(BOOTSTRAP)
STACK = "example"
CONFIG, _ = read_stack_config(BOOTSTRAP / f"Pulumi.{STACK}.yaml", PROJECT, DEFAULTS)
REPOSITORY = CONFIG[f"{PROJECT}:githubRepository"]
ENVIRONMENTS = json.loads(CONFIG[f"{PROJECT}:environments"])
ALL_ENVIRONMENTS = [*ENVIRONMENTS, *(PREVIEW_PREFIX + e for e in ENVIRONMENTS)]
POLICY_CONFIG = BOOTSTRAP / "policy-config.json"
GITHUB = iam_documents.GITHUB_HOST
TEMPLATE_PROJECT = read_project(REPO)[0]
# The statements that grant IAM writes (escalation actions included) on the template's roles.
IAM_SIDS = (
    "TemplateRoles",
    "TemplateRolePolicies",
    "AttachOnlySessionManager",
    "PassInstanceRole",
    "PassReplicationRole",
    "PassFlowLogsRole",
)


@pytest.fixture(scope="module")
def run() -> ProgramRun:
    return run_program(BOOTSTRAP, PROJECT, STACK, dict(CONFIG))


@pytest.fixture(scope="module")
def verdicts(run: ProgramRun, pack_process: PolicyPackProcess) -> dict[str, list[Any]]:
    """The pack's verdicts with the bootstrap's policy config and with none (the session's pack process, left with
    its default config)."""
    configured = check_run(pack_process, run, load_policy_config(POLICY_CONFIG, pack_process.info()))
    default = check_run(pack_process, run, {})
    return {"configured": configured, "default": default}


def _role(run: ProgramRun, environment: str):
    (role,) = [r for r in run.of_type("aws:iam/role:Role") if r.name == f"github-{environment}"]
    return role


def _role_policy(run: ProgramRun, environment: str) -> dict[str, Any]:
    (policy,) = [r for r in run.of_type("aws:iam/rolePolicy:RolePolicy") if r.name == f"github-{environment}"]
    return policy_json(policy)


def _statement(document: dict[str, Any], sid: str) -> dict[str, Any]:
    (found,) = [s for s in document["Statement"] if s.get("Sid") == sid]
    return found


# -- trust -----------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("environment", ALL_ENVIRONMENTS)
def test_trust_pins_repository_and_environment_exactly(run, environment):
    (statement,) = policy_json(_role(run, environment), "assumeRolePolicy")["Statement"]
    provider = run.of_type("aws:iam/openIdConnectProvider:OpenIdConnectProvider")[0]
    assert statement["Principal"] == {"Federated": provider.outputs["arn"]}
    assert statement["Action"] == "sts:AssumeRoleWithWebIdentity"
    assert statement["Condition"] == {
        "StringEquals": {f"{GITHUB}:aud": AUDIENCE, f"{GITHUB}:sub": f"repo:{REPOSITORY}:environment:{environment}"}
    }


def test_existing_oidc_provider_is_reused_not_created():
    arn = "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"
    reused = run_program(BOOTSTRAP, PROJECT, STACK, {**CONFIG, f"{PROJECT}:oidcProviderArn": arn})
    assert not reused.of_type("aws:iam/openIdConnectProvider:OpenIdConnectProvider")
    trusts = [
        policy_json(r, "assumeRolePolicy")["Statement"][0]["Principal"]["Federated"]
        for r in reused.of_type("aws:iam/role:Role")
    ]
    assert trusts == [arn] * len(ALL_ENVIRONMENTS)
    assert reused.outputs[out.OIDC_PROVIDER_ARN] == arn


# -- the state bucket and key ------------------------------------------------------------------------------------
def _bucket(run: ProgramRun):
    (bucket,) = run.of_type("aws:s3/bucket:Bucket")
    return bucket


def _setting(run: ProgramRun, token: str) -> dict[str, Any]:
    (setting,) = settings_of(run, _bucket(run), token)
    return setting.inputs


def test_state_bucket_is_versioned(run):
    assert _setting(run, "aws:s3/bucketVersioning:BucketVersioning")["versioningConfiguration"]["status"] == "Enabled"


def test_state_bucket_is_encrypted_with_the_bootstrap_key(run):
    (rule,) = _setting(run, "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration")[
        "rules"
    ]
    (key,) = run.of_type("aws:kms/key:Key")
    assert rule["applyServerSideEncryptionByDefault"] == {"sseAlgorithm": "aws:kms", "kmsMasterKeyId": key.outputs["arn"]}
    assert key.inputs["enableKeyRotation"] is True


@pytest.mark.parametrize("flag", PUBLIC_ACCESS_BLOCK_FLAGS)
def test_state_bucket_blocks_public_access(run, flag):
    assert _setting(run, "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock")[snake_to_camel(flag)] is True


def test_state_bucket_enforces_ownership(run):
    settings = _setting(run, "aws:s3/bucketOwnershipControls:BucketOwnershipControls")
    assert settings["rule"]["objectOwnership"] == "BucketOwnerEnforced"


def test_state_bucket_policy_denies_plain_http(run):
    document = policy_json(settings_of(run, _bucket(run), "aws:s3/bucketPolicy:BucketPolicy")[0])
    assert any(iam_documents.denies_insecure_transport(s) for s in document["Statement"])


def test_state_bucket_expires_noncurrent_versions(run):
    rules = _setting(run, "aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration")["rules"]
    days = int(CONFIG.get(f"{PROJECT}:noncurrentVersionDays", "90"))
    assert [r["noncurrentVersionExpiration"]["noncurrentDays"] for r in rules if "noncurrentVersionExpiration" in r] == [
        days
    ]


@pytest.mark.parametrize("token", ["aws:s3/bucket:Bucket", "aws:kms/key:Key"])
def test_state_bucket_and_key_are_protected_and_retained(run, token):
    (resource,) = run.of_type(token)
    assert (resource.protect, resource.retain_on_delete) == (True, True)


# -- outputs: what the workflows read ------------------------------------------------------------------------------
def test_every_output_is_exported(run):
    assert list(run.outputs) == list(out.STACK_OUTPUTS)


@pytest.mark.parametrize("environment", ALL_ENVIRONMENTS)
def test_each_github_environment_gets_its_variables(run, environment):
    variables = run.outputs[out.GITHUB_ENVIRONMENTS][environment]
    bucket = run.outputs[out.STATE_BUCKET_NAME]
    assert variables == {
        out.AWS_ROLE_ARN: _role(run, environment).outputs["arn"],
        out.AWS_REGION: CONFIG["aws:region"],
        out.PULUMI_BACKEND_URL: f"s3://{bucket}",
        out.PULUMI_SECRETS_PROVIDER: f"awskms://alias/{PROJECT}-{STACK}?region={CONFIG['aws:region']}",
    }


def test_secrets_provider_names_the_keys_alias(run):
    (alias,) = run.of_type("aws:kms/alias:Alias")
    (key,) = run.of_type("aws:kms/key:Key")
    assert run.outputs[out.SECRETS_PROVIDER].startswith(f"awskms://{alias.inputs['name']}?")
    assert alias.inputs["targetKeyId"] == key.outputs["keyId"]


@pytest.mark.parametrize("name", [*out.GITHUB_VARIABLES, out.ACCESS_SWITCH[0]])
def test_workflows_read_the_variables_the_bootstrap_fills(name):
    text = "".join(p.read_text() for p in sorted((REPO / ".github" / "workflows").glob("*.yml")))
    assert f"vars.{name}" in text


@pytest.mark.parametrize("environment", ALL_ENVIRONMENTS)
def test_workflows_use_the_environments_the_roles_trust(environment):
    """The workflows name `<env>` (deploy) and `preview-<env>` (preview, drift) environments."""
    workflows = [yaml.safe_load(p.read_text()) for p in (REPO / ".github" / "workflows").glob("*.yml")]
    named = json.dumps(workflows)
    stack = environment.removeprefix(PREVIEW_PREFIX)
    assert (
        f'"environment": "{environment}"' in named
        if environment == stack
        else '"environment": "preview-${{ matrix.stack }}"' in named and f'"{stack}"' in named
    )


# -- permissions -----------------------------------------------------------------------------------------------
def test_no_managed_policy_is_attached(run):
    assert not run.of_type("aws:iam/rolePolicyAttachment:RolePolicyAttachment")
    assert all(not r.inputs.get("managedPolicyArns") for r in run.of_type("aws:iam/role:Role"))


@pytest.mark.parametrize("environment", [PREVIEW_PREFIX + e for e in ENVIRONMENTS])
def test_preview_roles_only_read(run, environment):
    """Reads only; the two reads the judgement counts as writes are scoped: kms:Decrypt to the state key, SSM
    parameter reads to AWS's public parameters."""
    document = _role_policy(run, environment)
    writes = [
        (s["Sid"], a)
        for s in document["Statement"]
        if s["Effect"] == "Allow"
        for a in as_list(s["Action"])
        if iam_documents.may_write(a)
    ]
    assert writes == [
        ("ReadPublicParameters", "ssm:GetParameter"),
        ("ReadPublicParameters", "ssm:GetParameters"),
        ("UseStateKey", "kms:Decrypt"),
    ]
    assert all(
        r.endswith(f":{permissions.SSM_PUBLIC_PARAMETERS}") for r in _statement(document, "ReadPublicParameters")["Resource"]
    )
    (key,) = run.of_type("aws:kms/key:Key")
    assert _statement(document, "UseStateKey")["Resource"] == key.outputs["arn"]


@pytest.mark.parametrize("environment", ENVIRONMENTS)
def test_deploy_roles_change_only_their_own_environment(run, environment):
    statement = _statement(_role_policy(run, environment), "ChangeOwnEnvironment")
    assert statement["Condition"]["StringEquals"]["aws:ResourceTag/Environment"] == environment


@pytest.mark.parametrize("environment", ENVIRONMENTS)
def test_deploy_roles_create_only_in_the_template_regions(run, environment):
    regions = json.loads(CONFIG[f"{PROJECT}:deployRegions"])
    document = _role_policy(run, environment)
    on_any = [
        s
        for s in document["Statement"]
        if s["Effect"] == "Allow" and s["Resource"] == "*" and any(iam_documents.may_write(a) for a in as_list(s["Action"]))
    ]
    assert on_any and all(s["Condition"]["StringEquals"]["aws:RequestedRegion"] == regions for s in on_any)


@pytest.mark.parametrize(
    "sid,condition",
    [
        ("TagWhileCreatingEc2", {"Null": {"ec2:CreateAction": "false"}}),
        ("TagWhileCreatingElasticLoadBalancing", {"Null": {"elasticloadbalancing:CreateAction": "false"}}),
        ("ClaimUntaggedResources", {"Null": {"aws:ResourceTag/Environment": "true"}}),
    ],
)
@pytest.mark.parametrize("environment", ENVIRONMENTS)
def test_tags_on_any_resource_only_while_creating_or_claiming(run, environment, sid, condition):
    """Tagging on "*" could move someone else's resource into this environment's tag scope: only inside a
    create, or on a resource that has no Environment tag yet (and then only with this environment's)."""
    statement = _statement(_role_policy(run, environment), sid)
    assert statement["Condition"].items() >= condition.items()
    if sid == "ClaimUntaggedResources":
        assert statement["Condition"]["StringEquals"]["aws:RequestTag/Environment"] == environment


def _deploy_matrix() -> list[dict[str, str]]:
    workflow = yaml.safe_load((REPO / ".github" / "workflows" / "deploy.yml").read_text())
    return workflow["jobs"]["deploy"]["strategy"]["matrix"]["include"]


@pytest.mark.parametrize("entry", _deploy_matrix(), ids=lambda e: e["stack"])
def test_deploy_environment_equals_the_stacks_environment_tag(entry):
    """Deploy roles change only resources tagged Environment=<their GitHub environment>: the stack a workflow
    deploys in an environment must carry that tag, and the bootstrap must have a role for it."""
    stack_file = yaml.safe_load((REPO / f"Pulumi.{entry['stack']}.yaml").read_text())
    tags = stack_file["config"]["aws:defaultTags"]  # a map, or the JSON string a `pulumi new` prompt saves
    assert (json.loads(tags) if isinstance(tags, str) else tags)["tags"]["Environment"] == entry["environment"]
    assert entry["environment"] in ENVIRONMENTS


@pytest.mark.parametrize(
    "sid,role_output,service",
    [
        ("PassInstanceRole", "instanceRoleName", "ec2.amazonaws.com"),
        ("PassReplicationRole", "replicationRoleName", "s3.amazonaws.com"),
    ],
)
@pytest.mark.parametrize("environment", ENVIRONMENTS)
def test_each_template_role_is_passed_only_to_its_service(run, runs, environment, sid, role_output, service):
    """iam:PassRole of one exact role ARN (the role the environment's stack exports) to its one service."""
    statement = _statement(_role_policy(run, environment), sid)
    name = runs(environment).outputs[role_output]
    assert statement["Resource"] == f"arn:aws:iam::{_account(run)}:role/{name}"
    assert statement["Condition"] == {"StringEquals": {"iam:PassedToService": service}}


def _account(run: ProgramRun) -> str:
    (key,) = run.of_type("aws:kms/key:Key")
    return key.outputs["arn"].split(":")[4]


@pytest.mark.parametrize("environment", ENVIRONMENTS)
def test_iam_writes_name_exactly_the_roles_and_profile_of_the_environments_stack(run, runs, environment):
    """Deploy role <env> may write IAM only on the roles and the instance profile that the template's stack
    <env> creates, by exact ARN (their names are pinned; the stack's plan gives them)."""
    plan = runs(environment)
    account = _account(run)
    roles = {f"arn:aws:iam::{account}:role/{r.outputs['name']}" for r in plan.of_type("aws:iam/role:Role")}
    profiles = {
        f"arn:aws:iam::{account}:instance-profile/{r.outputs['name']}"
        for r in plan.of_type("aws:iam/instanceProfile:InstanceProfile")
    }
    document = _role_policy(run, environment)
    iam_statements = [
        s for s in document["Statement"] if any(a.startswith("iam:") for a in as_list(s["Action"])) and s["Resource"] != "*"
    ]
    assert sorted(s["Sid"] for s in iam_statements) == sorted(IAM_SIDS)
    granted = {r for s in iam_statements for r in as_list(s["Resource"])}
    assert granted == roles | profiles and len(roles) == len({r.outputs["name"] for r in plan.of_type("aws:iam/role:Role")})
    assert len(profiles) == 1


def test_session_manager_is_attachable_only_to_the_instance_role(run, runs):
    statement = _statement(_role_policy(run, "dev"), "AttachOnlySessionManager")
    assert statement["Resource"] == f"arn:aws:iam::{_account(run)}:role/{runs('dev').outputs['instanceRoleName']}"


@pytest.mark.parametrize("entry", _deploy_matrix(), ids=lambda e: e["stack"])
def test_each_environment_deploys_the_stack_of_its_name(entry):
    """The deploy role of environment <env> names the IAM resources of stack <env> (their names derive from the
    stack name): the workflow must deploy stack <env> in environment <env>."""
    assert entry["stack"] == entry["environment"]


def test_bucket_name_prefixes_cover_what_the_template_creates(runs):
    """Deploy roles reach buckets by name prefix: every one the template's plan creates must match."""
    names = [r.outputs["bucket"] for r in runs("dev").of_type("aws:s3/bucket:Bucket")]
    assert names and all(n.startswith(permissions.TEMPLATE_NAME_PREFIXES["bucket"]) for n in names)


def test_policy_config_accepts_exactly_the_writes_granted_on_any_resource():
    config = json.loads(POLICY_CONFIG.read_text())
    assert config["iam-least-privilege"]["allowedActionsOnAnyResource"] == list(permissions.ON_ANY_RESOURCE)


# -- the pack's verdicts ----------------------------------------------------------------------------------------
def test_no_mandatory_violation_with_the_bootstrap_policy_config(verdicts):
    assert [v for v in verdicts["configured"] if v.level == "mandatory"] == []


def test_least_privilege_holds_as_mandatory_with_no_finding(verdicts):
    """No exception: the bootstrap's config keeps iam-least-privilege mandatory, and the plan has no finding of
    it at all (the IAM writes name exact ARNs; the creates on "*" are the config's allowedActionsOnAnyResource)."""
    config = json.loads(POLICY_CONFIG.read_text())
    assert config["iam-least-privilege"]["enforcementLevel"] == "mandatory"
    assert [v.message for v in verdicts["configured"] if v.policy == "iam-least-privilege"] == []


def test_without_the_config_only_the_creates_on_any_resource_are_reported(verdicts, run):
    """What allowedActionsOnAnyResource accepts, and nothing else: without the config the rule reports only the
    statements that grant writes on "*"."""
    by_urn = run.by_urn()
    on_any = {s["Sid"] for e in ENVIRONMENTS for s in _role_policy(run, e)["Statement"] if s["Resource"] == "*"}
    found = {
        re.search(r"statement (\w+)", v.message)[1]
        for v in verdicts["default"]
        if v.policy == "iam-least-privilege" and by_urn[v.urn].name in {f"github-{e}" for e in ENVIRONMENTS}
    }
    assert found and found <= on_any


def test_offline_preview_cli_runs_the_bootstrap():
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "tools.offline_preview",
            "--program",
            "bootstrap",
            "--stack",
            STACK,
            "--policy-config",
            str(POLICY_CONFIG),
            "--no-schema-check",
            "--format",
            "json",
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["summary"]["mandatory"] == 0


# -- config ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "key,value,expected",
    [
        ("githubRepository", None, "githubRepository: missing"),
        ("githubRepository", "example-org/*", "owner/name"),
        ("githubRepository", "just-a-name", "owner/name"),
        ("environments", '["dev", "dev"]', "distinct"),
        ("environments", '["preview-dev"]', "none starting with preview-"),
        ("environments", '["dev:x"]', "letters, digits"),
        ("deployRegions", '["eu-central-1"]', "includes aws:region"),
        ("deployRegions", '["mars-1"]', "AWS region names"),
        ("oidcProviderArn", "arn:aws:iam::123456789012:oidc-provider/example.com", "token.actions.githubusercontent.com"),
        ("noncurrentVersionDays", "0", "1 to 3650"),
        ("unknownKey", "x", "unknown key"),
        ("templateProject", "my project", "the template's Pulumi project name"),
        ("templateProject", PROJECT, "not this project's"),
        # <template>-<env>-replication one character over IAM's 64
        ("environments", json.dumps(["e" * (64 - len(f"{TEMPLATE_PROJECT}--replication") + 1)]), "at most 64 characters"),
    ],
)
def test_config_rejects(key, value, expected):
    values = {k: v for k, v in CONFIG.items() if k != f"{PROJECT}:{key}"}
    if value is not None:
        values[f"{PROJECT}:{key}"] = value
    with pytest.raises(ConfigError, match=re.escape(expected)):
        parse_config(values, PROJECT, STACK)


def test_config_accepts_the_longest_environment_iam_allows():
    longest = "e" * (64 - len(f"{TEMPLATE_PROJECT}--replication"))
    values = {**CONFIG, f"{PROJECT}:environments": json.dumps([longest])}
    assert parse_config(values, PROJECT, STACK).environments == (longest,)


def test_template_project_has_no_default_when_the_bootstrap_is_not_named_after_it():
    values = {k.replace(PROJECT, "foundation"): v for k, v in CONFIG.items()}
    with pytest.raises(ConfigError, match=re.escape("not named <template>-bootstrap")):
        parse_config(values, "foundation", STACK)
    values["foundation:templateProject"] = "billing"
    assert parse_config(values, "foundation", STACK).template_project == "billing"


def test_config_lists_every_problem_in_one_line():
    with pytest.raises(ConfigError) as error:
        parse_config({"aws:region": "nowhere"}, PROJECT, STACK)
    message = str(error.value)
    assert "\n" not in message and all(k in message for k in ("aws:region", "aws:defaultTags", "githubRepository"))


def test_bad_config_is_one_line_exit_2_through_the_cli(tmp_path):
    stack_file = tmp_path / "Pulumi.broken.yaml"
    stack_file.write_text(yaml.safe_dump({"config": {"aws:region": "eu-west-1"}}))
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "tools.offline_preview",
            "--program",
            "bootstrap",
            "--stack",
            "broken",
            "--config",
            str(stack_file),
            "--no-policies",
        ],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "githubRepository: missing" in result.stderr


# -- packaging and the summary ------------------------------------------------------------------------------------
def _pins(path) -> dict[str, str]:
    return dict(re.findall(r"^([A-Za-z0-9_.-]+)==(\S+)", path.read_text(), re.MULTILINE))


@pytest.mark.parametrize("package", ["pulumi", "pulumi-aws"])
def test_bootstrap_pins_the_same_versions_as_the_template(package):
    assert _pins(BOOTSTRAP / "requirements.txt")[package] == _pins(REPO / "requirements.txt")[package]


def test_project_name_is_its_own():
    template = read_project(REPO)[0]
    assert template != PROJECT and PROJECT.startswith(template)


def test_summary_renders_gh_commands_for_every_environment(run):
    lines = commands(run.outputs)
    for environment in ALL_ENVIRONMENTS:
        for name in out.GITHUB_VARIABLES:
            value = run.outputs[out.GITHUB_ENVIRONMENTS][environment][name]
            assert any(
                line.startswith(f"gh variable set {name} --repo {REPOSITORY} --env {environment} --body ")
                and line.endswith(value if "?" not in value else f"'{value}'")
                for line in lines
            )
    assert lines[-1] == f"gh variable set {out.ACCESS_SWITCH[0]} --repo {REPOSITORY} --body {out.ACCESS_SWITCH[1]}"


@pytest.mark.parametrize(
    "document,expected",
    [
        ({}, "githubRepository"),
        ({"githubRepository": "o/r", "githubEnvironments": {"dev": {"AWS_ROLE_ARN": "x"}}}, "missing AWS_REGION"),
    ],
)
def test_summary_rejects_other_documents(document, expected):
    with pytest.raises(SummaryError, match=expected):
        commands(document)


def test_summary_cli_exit_2_on_bad_input():
    result = subprocess.run(
        [sys.executable, "-m", "foundation.summary"],
        input="[]",
        cwd=BOOTSTRAP,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert (result.returncode, result.stderr) == (2, "summary: error: outputs must be a JSON object\n")


def _audit_actions() -> list[str]:
    document = json.loads((REPO / "tools" / "audit" / "iam" / "audit-readonly.json").read_text())
    return sorted({a for s in document["Statement"] for a in as_list(s["Action"])})


@pytest.mark.parametrize("action", _audit_actions())
def test_every_role_may_run_the_post_deploy_audit(action):
    """Deploy and drift jobs run `make audit` with the environment's role: the reads include what it calls."""
    assert any(iam_documents.action_matches(pattern, action) for pattern in permissions.READ_ACTIONS)


def test_docs_config_table_matches_the_settings():
    from foundation.config import reference_rows

    text = (REPO / "docs" / "bootstrap.md").read_text()
    assert [row for row in reference_rows(PROJECT) if row not in text.splitlines()] == []


@pytest.mark.parametrize(
    "key,field,expected",
    [
        ("environments", "environments", ("dev", "prod")),
        ("deployRegions", "deploy_regions", ("eu-west-1",)),
        ("noncurrentVersionDays", "noncurrent_version_days", 90),
        ("oidcProviderArn", "oidc_provider_arn", None),
        ("templateProject", "template_project", TEMPLATE_PROJECT),
    ],
)
def test_config_defaults(key, field, expected):
    values = {k: v for k, v in CONFIG.items() if k != f"{PROJECT}:{key}"}
    assert getattr(parse_config(values, PROJECT, STACK), field) == expected


def test_config_table_namespace_is_read_from_pulumi_yaml():
    from foundation.config import project_name

    assert project_name() == PROJECT
