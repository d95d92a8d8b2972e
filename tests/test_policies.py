"""The policy pack, exercised through the analyzer gRPC protocol the Pulumi CLI uses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import REPO

from tools.analyzer import PolicyPackProcess, check_run, default_provider, properties_struct
from tools.engine import RecordedResource


@pytest.fixture(scope="session")
def pack():
    with PolicyPackProcess(REPO / "policies") as process:
        yield process


@pytest.fixture
def configured(pack):
    """Apply a policy config for one test, then restore the pack's defaults."""
    def apply(config):
        pack.configure(config)
    yield apply
    pack.configure({})


def resource(type_: str, props: dict, name: str = "subject", **links: list[str]) -> RecordedResource:
    return RecordedResource(
        urn=f"urn:pulumi:test::starter::{type_}::{name}", type=type_, name=name, parent="", custom=True,
        properties=properties_struct(props), dependencies=[], property_dependencies=dict(links), provider="",
        protect=False, retain_on_delete=False,
    )


TAGS = {"Owner": "o", "Environment": "dev", "Project": "p", "CostCenter": "c"}


class _Run:  # the slice of ProgramRun default_provider reads
    def __init__(self, config):
        self.config, self.stack, self.project = config, "test", "starter"


PROVIDER = default_provider(_Run({"aws:region": "eu-west-1", "aws:defaultTags": json.dumps({"tags": TAGS})}))
BARE_PROVIDER = default_provider(_Run({"aws:region": "eu-west-1"}))
LT = "aws:ec2/launchTemplate:LaunchTemplate"
GOOD_LT = {
    "metadataOptions": {"httpTokens": "required", "httpPutResponseHopLimit": 1},
    "networkInterfaces": [{"associatePublicIpAddress": "false"}],
    "blockDeviceMappings": [{"deviceName": "/dev/xvda", "ebs": {"encrypted": "true"}}],
}


def doc(*statements):
    return json.dumps({"Version": "2012-10-17", "Statement": list(statements)})


ALLOW_S3_READ = {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*"}
RESOURCE_CASES = [
    # (id, policy, type, props, provider, fires, message fragment)
    ("imds-ok", "ec2-imdsv2-required", LT, GOOD_LT, PROVIDER, False, ""),
    ("imds-optional", "ec2-imdsv2-required", LT, {**GOOD_LT, "metadataOptions": {"httpTokens": "optional"}}, PROVIDER,
     True, "metadataOptions.httpTokens is 'optional'"),
    ("imds-missing", "ec2-imdsv2-required", LT, {}, PROVIDER, True, "httpTokens is None"),
    ("imds-hops", "ec2-imdsv2-required", LT, {**GOOD_LT, "metadataOptions": {"httpTokens": "required",
                                                                            "httpPutResponseHopLimit": 3}},
     PROVIDER, True, "httpPutResponseHopLimit is 3"),
    ("public-ip", "ec2-no-public-ip", LT, {**GOOD_LT, "networkInterfaces": [{"associatePublicIpAddress": "true"}]},
     PROVIDER, True, "networkInterfaces[0].associatePublicIpAddress is true"),
    ("public-ip-instance", "ec2-no-public-ip", "aws:ec2/instance:Instance", {"associatePublicIpAddress": True},
     PROVIDER, True, "associatePublicIpAddress is true"),
    ("ebs-plain", "ebs-encrypted", LT, {**GOOD_LT, "blockDeviceMappings": [{"deviceName": "/dev/xvda", "ebs": {}}]},
     PROVIDER, True, "block device /dev/xvda has ebs.encrypted None"),
    ("iam-ok", "iam-least-privilege", "aws:iam/rolePolicy:RolePolicy", {"policy": doc(ALLOW_S3_READ)}, PROVIDER, False, ""),
    ("iam-star", "iam-least-privilege", "aws:iam/rolePolicy:RolePolicy",
     {"policy": doc({"Effect": "Allow", "Action": "*", "Resource": "*"})}, PROVIDER, True, "allows wildcard action '*'"),
    ("iam-service-star-list", "iam-least-privilege", "aws:iam/policy:Policy",
     {"policy": doc({"Effect": "Allow", "Action": ["s3:GetObject", "kms:*"], "Resource": "arn:aws:kms:::key/x"})},
     PROVIDER, True, "allows wildcard action 'kms:*'"),
    ("iam-write-on-star", "iam-least-privilege", "aws:iam/rolePolicy:RolePolicy",
     {"policy": doc({"Sid": "W", "Effect": "Allow", "Action": "s3:PutObject", "Resource": "*"})}, PROVIDER, True,
     "statement W allows s3:PutObject on Resource '*'"),
    ("iam-describe-on-star", "iam-least-privilege", "aws:iam/rolePolicy:RolePolicy",
     {"policy": doc({"Effect": "Allow", "Action": "ec2:DescribeInstances", "Resource": "*"})}, PROVIDER, False, ""),
    ("iam-not-action", "iam-least-privilege", "aws:iam/role:Role",
     {"inlinePolicies": [{"policy": doc({"Effect": "Allow", "NotAction": "iam:*", "Resource": "arn:x"})}]},
     PROVIDER, True, "allows with NotAction"),
    ("iam-deny-star-ok", "iam-least-privilege", "aws:iam/policy:Policy",
     {"policy": doc({"Effect": "Deny", "Action": "*", "Resource": "*"})}, PROVIDER, False, ""),
    ("tags-from-provider", "required-tags", "aws:s3/bucket:Bucket", {}, PROVIDER, False, ""),
    ("tags-missing", "required-tags", "aws:s3/bucket:Bucket", {"tags": {"Owner": "o"}}, BARE_PROVIDER, True,
     "missing required tags Environment, Project, CostCenter"),
    ("tags-on-resource", "required-tags", "aws:kms/key:Key", {"tags": TAGS}, BARE_PROVIDER, False, ""),
]


@pytest.mark.parametrize(("policy", "type_", "props", "provider", "fires", "fragment"),
                         [c[1:] for c in RESOURCE_CASES], ids=[c[0] for c in RESOURCE_CASES])
def test_resource_rule_fires_only_on_the_failing_case(pack, policy, type_, props, provider, fires, fragment):
    subject = resource(type_, props)
    found = [v for v in pack.analyze(subject, provider) if v.policy == policy]
    assert bool(found) is fires, found
    if fires:
        assert found[0].level == "mandatory" and "\nsubject: " in found[0].message
        assert fragment in found[0].message


def bucket_stack(versioning: str | None, pab: dict | None):
    bucket = resource("aws:s3/bucket:Bucket", {}, name="b")
    items = [bucket]
    if versioning:
        items.append(resource("aws:s3/bucketVersioning:BucketVersioning",
                              {"bucket": "[computed]", "versioningConfiguration": {"status": versioning}},
                              name="b-versioning", bucket=[bucket.urn]))
    if pab is not None:
        items.append(resource("aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock", {"bucket": "x", **pab},
                              name="b-pab", bucket=[bucket.urn]))
    return items


ALL_FLAGS = {k: True for k in ("blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets")}
STACK_CASES = [
    ("versioned", "s3-versioning-enabled", bucket_stack("Enabled", ALL_FLAGS), False, ""),
    ("suspended", "s3-versioning-enabled", bucket_stack("Suspended", ALL_FLAGS), True, "b: no versioning"),
    ("no-versioning", "s3-versioning-enabled", bucket_stack(None, ALL_FLAGS), True, "b: no versioning"),
    ("pab-ok", "s3-public-access-blocked", bucket_stack("Enabled", ALL_FLAGS), False, ""),
    ("pab-missing", "s3-public-access-blocked", bucket_stack("Enabled", None), True, "b: no public access block"),
    ("pab-one-off", "s3-public-access-blocked", bucket_stack("Enabled", {**ALL_FLAGS, "ignorePublicAcls": False}),
     True, "leaves ignorePublicAcls off"),
]


@pytest.mark.parametrize(("policy", "resources", "fires", "fragment"), [c[1:] for c in STACK_CASES],
                         ids=[c[0] for c in STACK_CASES])
def test_stack_rule_links_settings_to_their_bucket(pack, policy, resources, fires, fragment):
    found = [v for v in pack.analyze_stack(resources, PROVIDER) if v.policy == policy]
    assert bool(found) is fires, found
    if fires:
        assert found[0].urn == resources[0].urn and fragment in found[0].message


@pytest.mark.parametrize("scenario", ["dev", "prod", "dev-preview"])
def test_template_stacks_pass_with_no_mandatory_violation(pack, runs, scenario):
    found = check_run(pack, runs(scenario))
    assert [v for v in found if v.level == "mandatory"] == []
    if scenario.endswith("preview"):  # unknown ARNs: advisory "can't run during preview", never a failure
        assert {v.policy for v in found} <= {"iam-least-privilege"}
        assert all("during preview" in v.message for v in found)


def test_config_changes_required_tags_and_disables_rules(pack, configured):
    bucket = resource("aws:s3/bucket:Bucket", {})
    configured({"required-tags": {"requiredTags": ["DataClassification"]}})
    found = [v for v in pack.analyze(bucket, PROVIDER) if v.policy == "required-tags"]
    assert len(found) == 1 and "missing required tags DataClassification" in found[0].message
    assert found[0].level == "mandatory"  # properties alone keep the declared level
    configured({"required-tags": "disabled", "ec2-imdsv2-required": "advisory"})
    assert not [v for v in pack.analyze(bucket, BARE_PROVIDER) if v.policy == "required-tags"]
    weak = resource(LT, {**GOOD_LT, "metadataOptions": {"httpTokens": "optional"}})
    assert {v.level for v in pack.analyze(weak, PROVIDER) if v.policy == "ec2-imdsv2-required"} == {"advisory"}


def test_pack_describes_every_rule(pack):
    info = pack.info()
    assert info.name == "aws-starter-guardrails"
    for policy in info.policies:
        assert policy.description and policy.remediation_steps, policy.name


def test_pack_that_cannot_start_is_reported_in_one_line(tmp_path: Path):
    (tmp_path / "__main__.py").write_text("raise SystemExit('broken pack')\n")
    from tools.analyzer import PackError

    with pytest.raises(PackError, match=r"failed to start: broken pack$"):
        PolicyPackProcess(tmp_path)
