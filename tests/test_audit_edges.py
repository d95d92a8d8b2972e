"""Each audit check fails on the SMALLEST drift of the value it judges, and passes at its edge (issue 13 §1).

``test_audit.py`` drives every check against moto with one gross drift per check id. Here each check runs
against canned API answers, so one check can be given many small drifts in milliseconds: a role ARN one
character off, the other region's key, one of two devices unencrypted, a hop limit one over the maximum, one
instance out of service. The compliant answers are built from the template's own plan (the recorded `dev`
and `prod` runs: their outputs, bucket policies, trust and inline policies), not from a hand-written copy.

Verified against 19 one-line breaks of ``tools/audit/checks.py`` (each reverted), all caught: the replication
check no longer comparing the role, the replica key or the destination bucket; the encryption check accepting
any algorithm with the right key, and any algorithm on the log bucket; the IMDS hop limit compared with
MAX + 1; ``asg-capacity`` exclusive at the top; the EBS check judging only the first device, the public-IP
check only the first interface; the in-service and target-health checks accepting any state; the trust check
matching the service as a substring (a second service slips in); ``aws:SourceAccount`` judged with ``any``;
the listener check without the TLS allow-list, the redirect's protocol or the listener count; ownership
accepting a second rule; a missing public-access flag read as on; the group's template id not compared.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import pytest
from starter_shared import outputs as out
from starter_shared.facts import MAX_HOP_LIMIT

from tools.audit import checks
from tools.offline_preview.engine import ProgramRun

SSM_POLICY = {
    "PolicyName": "AmazonSSMManagedInstanceCore",
    "PolicyArn": "arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore",
}
OTHER_ACCOUNT = "210987654321"


class Answers:
    """Canned API answers: ``world[method]`` is a function of the call's keyword arguments."""

    def __init__(self, world: dict[str, Callable[..., Any]]) -> None:
        self.world = world

    def __getattr__(self, method: str) -> Callable[..., Any]:
        return lambda **kwargs: copy.deepcopy(self.world[method](**kwargs))


class CannedAudit(checks.Audit):
    """An audit whose every client answers from one table (the checks never see boto3)."""

    def __init__(self, outputs: dict[str, str], world: dict[str, Callable[..., Any]]) -> None:
        super().__init__(outputs, session=None, endpoint_url=None)  # type: ignore[arg-type]
        self.answers = Answers(world)

    def client(self, service: str, region: str | None = None) -> Any:
        return self.answers


def _document(r: Any, prop: str) -> dict[str, Any]:
    value = r.inputs[prop]
    return json.loads(value) if isinstance(value, str) else value


def compliant_world(run: ProgramRun) -> tuple[dict[str, str], dict[str, Callable[..., Any]]]:
    """The stack outputs and the API answers of a faithful deployment of ``run``'s plan."""
    o = dict(run.outputs)
    by_bucket = {r.inputs["bucket"]: r for r in run.of_type("aws:s3/bucketPolicy:BucketPolicy")}
    roles = {r.outputs["name"]: r for r in run.of_type("aws:iam/role:Role")}
    inline = {}
    for policy in run.of_type("aws:iam/rolePolicy:RolePolicy"):
        inline.setdefault(policy.inputs["role"], {})[policy.outputs["id"]] = _document(policy, "policy")
    keys = {o[out.PRIMARY_BUCKET_NAME]: o[out.PRIMARY_KMS_KEY_ARN], o[out.REPLICA_BUCKET_NAME]: o[out.REPLICA_KMS_KEY_ARN]}

    def encryption(Bucket: str) -> dict[str, Any]:
        default = (
            {"SSEAlgorithm": "aws:kms", "KMSMasterKeyID": keys[Bucket]} if Bucket in keys else {"SSEAlgorithm": "AES256"}
        )
        return {
            "ServerSideEncryptionConfiguration": {
                "Rules": [{"ApplyServerSideEncryptionByDefault": default, "BucketKeyEnabled": Bucket in keys}]
            }
        }

    https = o[out.ALB_URL].startswith("https://")
    forward = [{"Type": "forward", "TargetGroupArn": o[out.TARGET_GROUP_ARN]}]
    listeners = (
        [
            {
                "Port": 443,
                "Protocol": "HTTPS",
                "SslPolicy": "ELBSecurityPolicy-TLS13-1-2-2021-06",
                "DefaultActions": forward,
            },
            {
                "Port": 80,
                "Protocol": "HTTP",
                "DefaultActions": [
                    {"Type": "redirect", "RedirectConfig": {"Protocol": "HTTPS", "Port": "443", "StatusCode": "HTTP_301"}}
                ],
            },
        ]
        if https
        else [{"Port": 80, "Protocol": "HTTP", "DefaultActions": forward}]
    )
    group = only(run.of_type("aws:autoscaling/group:Group")).inputs
    world: dict[str, Callable[..., Any]] = {
        "get_bucket_versioning": lambda Bucket: {"Status": "Enabled"},
        "get_bucket_encryption": encryption,
        "get_public_access_block": lambda Bucket: {
            "PublicAccessBlockConfiguration": {
                "BlockPublicAcls": True,
                "IgnorePublicAcls": True,
                "BlockPublicPolicy": True,
                "RestrictPublicBuckets": True,
            }
        },
        "get_bucket_ownership_controls": lambda Bucket: {
            "OwnershipControls": {"Rules": [{"ObjectOwnership": "BucketOwnerEnforced"}]}
        },
        "get_bucket_policy": lambda Bucket: {"Policy": by_bucket[Bucket].inputs["policy"]},
        "get_bucket_replication": lambda Bucket: {
            "ReplicationConfiguration": {
                "Role": roles[o[out.REPLICATION_ROLE_NAME]].outputs["arn"],
                "Rules": [
                    {
                        "ID": "replicate-all",
                        "Status": "Enabled",
                        "Destination": {
                            "Bucket": f"arn:aws:s3:::{o[out.REPLICA_BUCKET_NAME]}",
                            "EncryptionConfiguration": {"ReplicaKmsKeyID": o[out.REPLICA_KMS_KEY_ARN]},
                        },
                    }
                ],
            }
        },
        "get_role": lambda RoleName: {
            "Role": {
                "Arn": roles[RoleName].outputs["arn"],
                "AssumeRolePolicyDocument": _document(roles[RoleName], "assumeRolePolicy"),
            }
        },
        "list_role_policies": lambda RoleName: {"PolicyNames": sorted(inline.get(RoleName, {}))},
        "get_role_policy": lambda RoleName, PolicyName: {"PolicyDocument": inline[RoleName][PolicyName]},
        "list_attached_role_policies": lambda RoleName: {
            "AttachedPolicies": ([SSM_POLICY] if RoleName == o[out.INSTANCE_ROLE_NAME] else [])
        },
        "get_key_rotation_status": lambda KeyId: {"KeyRotationEnabled": True},
        "describe_launch_templates": lambda LaunchTemplateIds: {"LaunchTemplates": [{"DefaultVersionNumber": 1}]},
        "describe_launch_template_versions": lambda LaunchTemplateId, Versions: {
            "LaunchTemplateVersions": [
                {
                    "LaunchTemplateData": {
                        "MetadataOptions": {"HttpTokens": "required", "HttpPutResponseHopLimit": 1},
                        "BlockDeviceMappings": [{"DeviceName": "/dev/xvda", "Ebs": {"Encrypted": True}}],
                        "NetworkInterfaces": [{"AssociatePublicIpAddress": False}],
                    }
                }
            ]
        },
        "describe_auto_scaling_groups": lambda AutoScalingGroupNames: {
            "AutoScalingGroups": [
                {
                    "LaunchTemplate": {"LaunchTemplateId": o[out.LAUNCH_TEMPLATE_ID], "Version": "1"},
                    "MinSize": group["minSize"],
                    "MaxSize": group["maxSize"],
                    "DesiredCapacity": group["minSize"],
                    "Instances": [{"LifecycleState": "InService"}] * group["minSize"],
                    "TargetGroupARNs": [o[out.TARGET_GROUP_ARN]],
                }
            ]
        },
        "describe_listeners": lambda LoadBalancerArn: {"Listeners": listeners},
        "describe_target_health": lambda TargetGroupArn: {
            "TargetHealthDescriptions": [
                {"Target": {"Id": f"i-{n}"}, "TargetHealth": {"State": "healthy"}} for n in range(group["minSize"])
            ]
        },
    }
    return o, world


def only(items: list[Any]) -> Any:
    assert len(items) == 1, items
    return items[0]


PLAIN_CHECKS = [spec for spec in checks.CHECKS if spec.option is None]


def verdict(run: ProgramRun, check_id: str, subject: str, drift: Callable[[dict[str, str], dict], None] | None) -> bool:
    outputs, world = compliant_world(run)
    if drift is not None:
        drift(outputs, world)
    spec = only([s for s in checks.CHECKS if s.id == check_id])
    result = spec.run(CannedAudit(outputs, world), subject)
    return result.ok


@pytest.mark.parametrize("scenario", ["dev", "prod"])
def test_a_faithful_deployment_of_the_plan_passes_every_check(runs, scenario):
    run = runs(scenario)
    for spec in PLAIN_CHECKS:
        for subject in spec.subjects:
            assert verdict(run, spec.id, subject, None), (spec.id, subject)


# -- drift helpers: each changes one answer, minimally ---------------------------------------------------------


def answer(world: dict, method: str, change: Callable[[Any], None]) -> None:
    """Replace ``world[method]`` by its answer after ``change`` (applied to a fresh copy each call)."""
    original = world[method]

    def drifted(**kwargs: Any) -> Any:
        value = copy.deepcopy(original(**kwargs))
        change(value)
        return value

    world[method] = drifted


def _rule(v: dict) -> dict:
    return v["ReplicationConfiguration"]["Rules"][0]


def _lt(v: dict) -> dict:
    return v["LaunchTemplateVersions"][0]["LaunchTemplateData"]


def _group(v: dict) -> dict:
    return v["AutoScalingGroups"][0]


def _one_char_off(value: str) -> str:
    return value[:-1] + ("0" if value[-1] != "0" else "1")


def _trust(world: dict, o: dict, role_output: str, change: Callable[[dict], None]) -> None:
    def edit(v: dict) -> None:
        if v["Role"]["Arn"].endswith("/" + o[role_output]):
            change(v["Role"]["AssumeRolePolicyDocument"]["Statement"][0])

    answer(world, "get_role", edit)


def _listener(port: int) -> Callable[[dict], dict]:
    return lambda v: only([x for x in v["Listeners"] if x["Port"] == port])


def _set(path: Callable[[Any], dict], key: str, value: Any) -> Callable[[Any], None]:
    return lambda v: path(v).__setitem__(key, value)


P, R, L = out.PRIMARY_BUCKET_NAME, out.REPLICA_BUCKET_NAME, out.LOG_BUCKET_NAME
Drift = Callable[[dict[str, str], dict], None]

# (case id, scenario, check id, subject output, drift, ok): the smallest change that must fail, and the edges
# that must still pass.
EDGES: list[tuple[str, str, str, str, Drift, bool]] = [
    (
        "versioning-suspended",
        "dev",
        "s3-versioning",
        P,
        lambda o, w: answer(w, "get_bucket_versioning", _set(lambda v: v, "Status", "Suspended")),
        False,
    ),
    (
        "versioning-never-enabled",
        "dev",
        "s3-versioning",
        R,
        lambda o, w: answer(w, "get_bucket_versioning", lambda v: v.pop("Status")),
        False,
    ),
    (
        "encryption-replica-key-on-primary",
        "dev",
        "s3-encryption",
        P,
        lambda o, w: answer(
            w,
            "get_bucket_encryption",
            lambda v: v["ServerSideEncryptionConfiguration"]["Rules"][0]["ApplyServerSideEncryptionByDefault"].update(
                KMSMasterKeyID=o[out.REPLICA_KMS_KEY_ARN]
            ),
        ),
        False,
    ),
    (
        "encryption-key-one-char-off",
        "dev",
        "s3-encryption",
        R,
        lambda o, w: answer(
            w,
            "get_bucket_encryption",
            lambda v: v["ServerSideEncryptionConfiguration"]["Rules"][0]["ApplyServerSideEncryptionByDefault"].update(
                KMSMasterKeyID=_one_char_off(o[out.REPLICA_KMS_KEY_ARN])
            ),
        ),
        False,
    ),
    (
        "encryption-dsse-with-the-right-key",
        "dev",
        "s3-encryption",
        P,
        lambda o, w: answer(
            w,
            "get_bucket_encryption",
            lambda v: v["ServerSideEncryptionConfiguration"]["Rules"][0]["ApplyServerSideEncryptionByDefault"].update(
                SSEAlgorithm="aws:kms:dsse"
            ),
        ),
        False,
    ),
    (
        "encryption-key-id-instead-of-arn",
        "dev",
        "s3-encryption",
        P,  # the same key, named by id: passes
        lambda o, w: answer(
            w,
            "get_bucket_encryption",
            lambda v: v["ServerSideEncryptionConfiguration"]["Rules"][0]["ApplyServerSideEncryptionByDefault"].update(
                KMSMasterKeyID=o[out.PRIMARY_KMS_KEY_ARN].rsplit("/", 1)[1]
            ),
        ),
        True,
    ),
    (
        "log-bucket-kms",
        "dev",
        "s3-encryption",
        L,
        lambda o, w: answer(
            w,
            "get_bucket_encryption",
            lambda v: v["ServerSideEncryptionConfiguration"]["Rules"][0]["ApplyServerSideEncryptionByDefault"].update(
                SSEAlgorithm="aws:kms"
            ),
        ),
        False,
    ),
    *[
        (
            f"public-access-{flag}-off",
            "dev",
            "s3-public-access-block",
            L,
            lambda o, w, f=flag: answer(
                w, "get_public_access_block", _set(lambda v: v["PublicAccessBlockConfiguration"], f, False)
            ),
            False,
        )
        for flag in ("BlockPublicAcls", "IgnorePublicAcls", "BlockPublicPolicy", "RestrictPublicBuckets")
    ],
    (
        "public-access-flag-missing",
        "dev",
        "s3-public-access-block",
        P,
        lambda o, w: answer(
            w, "get_public_access_block", lambda v: v["PublicAccessBlockConfiguration"].pop("IgnorePublicAcls")
        ),
        False,
    ),
    (
        "ownership-second-rule",
        "dev",
        "s3-ownership",
        P,
        lambda o, w: answer(
            w,
            "get_bucket_ownership_controls",
            lambda v: v["OwnershipControls"]["Rules"].append({"ObjectOwnership": "ObjectWriter"}),
        ),
        False,
    ),
    (
        "tls-deny-secure-transport-true",
        "dev",
        "s3-tls-only",
        R,
        lambda o, w: answer(
            w,
            "get_bucket_policy",
            lambda v: v.update(
                Policy=v["Policy"].replace('"aws:SecureTransport": "false"', '"aws:SecureTransport": "true"')
            ),
        ),
        False,
    ),
    (
        "tls-deny-one-principal",
        "dev",
        "s3-tls-only",
        P,
        lambda o, w: answer(
            w,
            "get_bucket_policy",
            lambda v: v.update(
                Policy=v["Policy"].replace(
                    '"Principal": "*", "Action": "s3:*", "Resource"',
                    '"Principal": {"AWS": "arn:aws:iam::123456789012:root"}, "Action": "s3:*", "Resource"',
                    1,
                )
            ),
        ),
        False,
    ),
    (
        "tls-deny-only-get",
        "dev",
        "s3-tls-only",
        P,
        lambda o, w: answer(
            w,
            "get_bucket_policy",
            lambda v: v.update(Policy=v["Policy"].replace('"Action": "s3:*"', '"Action": "s3:GetObject"', 1)),
        ),
        False,
    ),
    (
        "tls-version-deny-lowered",
        "dev",
        "s3-tls-only",
        P,
        lambda o, w: answer(
            w,
            "get_bucket_policy",
            lambda v: v.update(Policy=v["Policy"].replace('"s3:TlsVersion": "1.2"', '"s3:TlsVersion": "1.1"')),
        ),
        False,
    ),
    (
        "tls-version-deny-raised-to-1.3",
        "dev",
        "s3-tls-only",
        P,
        lambda o, w: answer(
            w,
            "get_bucket_policy",
            lambda v: v.update(Policy=v["Policy"].replace('"s3:TlsVersion": "1.2"', '"s3:TlsVersion": "1.3"')),
        ),
        True,
    ),
    (
        "tls-version-deny-less-or-equal-1.2",
        "dev",
        "s3-tls-only",
        R,
        lambda o, w: answer(
            w,
            "get_bucket_policy",
            lambda v: v.update(Policy=v["Policy"].replace('"NumericLessThan"', '"NumericLessThanEquals"')),
        ),
        True,
    ),
    (
        "tls-version-deny-less-or-equal-1.0",
        "dev",
        "s3-tls-only",
        P,
        lambda o, w: answer(
            w,
            "get_bucket_policy",
            lambda v: v.update(
                Policy=v["Policy"].replace(
                    '"NumericLessThan": {"s3:TlsVersion": "1.2"}', '"NumericLessThanEquals": {"s3:TlsVersion": "1.0"}'
                )
            ),
        ),
        False,
    ),
    (
        "tls-version-deny-not-numeric-1.2",
        "dev",
        "s3-tls-only",
        P,
        lambda o, w: answer(
            w,
            "get_bucket_policy",
            lambda v: v.update(Policy=v["Policy"].replace('"NumericLessThan"', '"NumericGreaterThan"')),
        ),
        False,
    ),
    (
        "tls-deny-narrowed-by-a-second-condition",
        "dev",
        "s3-tls-only",
        P,
        lambda o, w: answer(
            w,
            "get_bucket_policy",
            lambda v: v.update(
                Policy=v["Policy"].replace(
                    '{"aws:SecureTransport": "false"}',
                    '{"aws:SecureTransport": "false"}, "StringEquals": {"aws:SourceVpc": "vpc-1"}',
                )
            ),
        ),
        False,
    ),
    (
        "tls-deny-on-another-bucket",
        "dev",
        "s3-tls-only",
        P,
        lambda o, w: answer(
            w,
            "get_bucket_policy",
            lambda v: v.update(Policy=v["Policy"].replace(f"arn:aws:s3:::{o[P]}", "arn:aws:s3:::someone-elses-bucket")),
        ),
        False,
    ),
    (
        "tls-deny-on-the-bucket-not-its-objects",
        "dev",
        "s3-tls-only",
        P,
        lambda o, w: answer(
            w,
            "get_bucket_policy",
            lambda v: v.update(Policy=v["Policy"].replace(f'"arn:aws:s3:::{o[P]}/*"', f'"arn:aws:s3:::{o[P]}"')),
        ),
        False,
    ),
    (
        "replication-role-one-char-off",
        "dev",
        "s3-replication",
        P,
        lambda o, w: answer(
            w,
            "get_bucket_replication",
            lambda v: v["ReplicationConfiguration"].update(Role=_one_char_off(v["ReplicationConfiguration"]["Role"])),
        ),
        False,
    ),
    (
        "replication-primary-key",
        "dev",
        "s3-replication",
        P,
        lambda o, w: answer(
            w,
            "get_bucket_replication",
            lambda v: _rule(v)["Destination"]["EncryptionConfiguration"].update(ReplicaKmsKeyID=o[out.PRIMARY_KMS_KEY_ARN]),
        ),
        False,
    ),
    (
        "replication-to-the-primary",
        "dev",
        "s3-replication",
        P,
        lambda o, w: answer(
            w, "get_bucket_replication", lambda v: _rule(v)["Destination"].update(Bucket=f"arn:aws:s3:::{o[P]}")
        ),
        False,
    ),
    (
        "replication-rule-disabled",
        "dev",
        "s3-replication",
        P,
        lambda o, w: answer(w, "get_bucket_replication", _set(_rule, "Status", "Disabled")),
        False,
    ),
    (
        "replication-second-disabled-rule",
        "dev",
        "s3-replication",
        P,  # one matching rule is enough
        lambda o, w: answer(
            w,
            "get_bucket_replication",
            lambda v: v["ReplicationConfiguration"]["Rules"].append({**_rule(v), "ID": "old", "Status": "Disabled"}),
        ),
        True,
    ),
    (
        "rotation-off",
        "dev",
        "kms-rotation",
        out.REPLICA_KMS_KEY_ARN,
        lambda o, w: answer(w, "get_key_rotation_status", _set(lambda v: v, "KeyRotationEnabled", False)),
        False,
    ),
    (
        "instance-trust-second-service",
        "dev",
        "iam-instance-trust",
        out.INSTANCE_ROLE_NAME,
        lambda o, w: _trust(
            w,
            o,
            out.INSTANCE_ROLE_NAME,
            lambda s: s.update(Principal={"Service": ["ec2.amazonaws.com", "ssm.amazonaws.com"]}),
        ),
        False,
    ),
    (
        "instance-trust-service-as-list",
        "dev",
        "iam-instance-trust",
        out.INSTANCE_ROLE_NAME,
        lambda o, w: _trust(w, o, out.INSTANCE_ROLE_NAME, lambda s: s.update(Principal={"Service": ["ec2.amazonaws.com"]})),
        True,
    ),
    (
        "instance-trust-account",
        "dev",
        "iam-instance-trust",
        out.INSTANCE_ROLE_NAME,
        lambda o, w: _trust(
            w, o, out.INSTANCE_ROLE_NAME, lambda s: s.update(Principal={"AWS": "arn:aws:iam::123456789012:root"})
        ),
        False,
    ),
    (
        "replication-trust-other-account",
        "dev",
        "iam-replication-trust",
        out.REPLICATION_ROLE_NAME,
        lambda o, w: _trust(
            w,
            o,
            out.REPLICATION_ROLE_NAME,
            lambda s: s["Condition"]["StringEquals"].update({"aws:SourceAccount": OTHER_ACCOUNT}),
        ),
        False,
    ),
    (
        "replication-trust-second-statement-unpinned",
        "dev",
        "iam-replication-trust",
        out.REPLICATION_ROLE_NAME,
        lambda o, w: answer(
            w,
            "get_role",
            lambda v: (
                v["Role"]["Arn"].endswith("/" + o[out.REPLICATION_ROLE_NAME])
                and v["Role"]["AssumeRolePolicyDocument"]["Statement"].append(
                    {k: x for k, x in v["Role"]["AssumeRolePolicyDocument"]["Statement"][0].items() if k != "Condition"}
                )
            ),
        ),
        False,
    ),
    (
        "replication-trust-account-as-list",
        "dev",
        "iam-replication-trust",
        out.REPLICATION_ROLE_NAME,
        lambda o, w: _trust(
            w,
            o,
            out.REPLICATION_ROLE_NAME,
            lambda s: s["Condition"]["StringEquals"].update({"aws:SourceAccount": ["123456789012"]}),
        ),
        True,
    ),
    (
        "instance-policy-one-service-wide-action",
        "dev",
        "iam-instance-policies",
        out.INSTANCE_ROLE_NAME,
        lambda o, w: answer(
            w, "get_role_policy", lambda v: v["PolicyDocument"]["Statement"][1].update(Action=["s3:GetObject", "s3:*"])
        ),
        False,
    ),
    (
        "instance-policy-action-pattern-on-its-prefix",
        "dev",
        "iam-instance-policies",
        out.INSTANCE_ROLE_NAME,
        lambda o, w: answer(
            w, "get_role_policy", lambda v: v["PolicyDocument"]["Statement"][1].update(Action=["s3:GetObject", "s3:Put*"])
        ),
        True,
    ),
    (
        "instance-managed-policy-other-than-ssm",
        "dev",
        "iam-instance-policies",
        out.INSTANCE_ROLE_NAME,
        lambda o, w: (
            answer(
                w,
                "list_attached_role_policies",
                lambda v: v["AttachedPolicies"].append(
                    {"PolicyName": "AdministratorAccess", "PolicyArn": "arn:aws:iam::aws:policy/AdministratorAccess"}
                ),
            ),
            w.update(
                get_policy=lambda PolicyArn: {"Policy": {"DefaultVersionId": "v1"}},
                get_policy_version=lambda PolicyArn, VersionId: {
                    "PolicyVersion": {
                        "Document": {
                            "Version": "2012-10-17",
                            "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}],
                        }
                    }
                },
            ),
        ),
        False,
    ),
    (
        "replication-policy-write-on-star",
        "dev",
        "iam-replication-policies",
        out.REPLICATION_ROLE_NAME,
        lambda o, w: answer(w, "get_role_policy", lambda v: v["PolicyDocument"]["Statement"][2].update(Resource="*")),
        False,
    ),
    (
        "imds-optional",
        "dev",
        "lt-imdsv2",
        out.LAUNCH_TEMPLATE_ID,
        lambda o, w: answer(
            w, "describe_launch_template_versions", lambda v: _lt(v)["MetadataOptions"].update(HttpTokens="optional")
        ),
        False,
    ),
    (
        "imds-hop-limit-at-max",
        "dev",
        "lt-imdsv2",
        out.LAUNCH_TEMPLATE_ID,
        lambda o, w: answer(
            w,
            "describe_launch_template_versions",
            lambda v: _lt(v)["MetadataOptions"].update(HttpPutResponseHopLimit=MAX_HOP_LIMIT),
        ),
        True,
    ),
    (
        "imds-hop-limit-over-max",
        "dev",
        "lt-imdsv2",
        out.LAUNCH_TEMPLATE_ID,
        lambda o, w: answer(
            w,
            "describe_launch_template_versions",
            lambda v: _lt(v)["MetadataOptions"].update(HttpPutResponseHopLimit=MAX_HOP_LIMIT + 1),
        ),
        False,
    ),
    (
        "ebs-second-device-unencrypted",
        "dev",
        "lt-ebs-encrypted",
        out.LAUNCH_TEMPLATE_ID,
        lambda o, w: answer(
            w,
            "describe_launch_template_versions",
            lambda v: _lt(v)["BlockDeviceMappings"].append({"DeviceName": "/dev/sdb", "Ebs": {"Encrypted": False}}),
        ),
        False,
    ),
    (
        "ebs-encryption-unset",
        "dev",
        "lt-ebs-encrypted",
        out.LAUNCH_TEMPLATE_ID,
        lambda o, w: answer(
            w, "describe_launch_template_versions", lambda v: _lt(v)["BlockDeviceMappings"][0]["Ebs"].pop("Encrypted")
        ),
        False,
    ),
    (
        "second-interface-public",
        "dev",
        "lt-no-public-ip",
        out.LAUNCH_TEMPLATE_ID,
        lambda o, w: answer(
            w,
            "describe_launch_template_versions",
            lambda v: _lt(v)["NetworkInterfaces"].append({"AssociatePublicIpAddress": True}),
        ),
        False,
    ),
    (
        "group-template-one-char-off",
        "dev",
        "asg-launch-template",
        out.AUTO_SCALING_GROUP_NAME,
        lambda o, w: answer(
            w,
            "describe_auto_scaling_groups",
            lambda v: _group(v)["LaunchTemplate"].update(LaunchTemplateId=_one_char_off(o[out.LAUNCH_TEMPLATE_ID])),
        ),
        False,
    ),
    (
        "capacity-at-max",
        "prod",
        "asg-capacity",
        out.AUTO_SCALING_GROUP_NAME,
        lambda o, w: answer(
            w,
            "describe_auto_scaling_groups",
            lambda v: _group(v).update(Instances=[{"LifecycleState": "InService"}] * _group(v)["MaxSize"]),
        ),
        True,
    ),
    (
        "capacity-over-max",
        "prod",
        "asg-capacity",
        out.AUTO_SCALING_GROUP_NAME,
        lambda o, w: answer(
            w,
            "describe_auto_scaling_groups",
            lambda v: _group(v).update(Instances=[{"LifecycleState": "InService"}] * (_group(v)["MaxSize"] + 1)),
        ),
        False,
    ),
    (
        "capacity-under-min",
        "prod",
        "asg-capacity",
        out.AUTO_SCALING_GROUP_NAME,
        lambda o, w: answer(
            w,
            "describe_auto_scaling_groups",
            lambda v: _group(v).update(Instances=[{"LifecycleState": "InService"}] * (_group(v)["MinSize"] - 1)),
        ),
        False,
    ),
    (
        "one-instance-pending",
        "prod",
        "asg-instances-in-service",
        out.AUTO_SCALING_GROUP_NAME,
        lambda o, w: answer(
            w,
            "describe_auto_scaling_groups",
            lambda v: _group(v)["Instances"].__setitem__(-1, {"LifecycleState": "Pending"}),
        ),
        False,
    ),
    (
        "no-instances",
        "dev",
        "asg-instances-in-service",
        out.AUTO_SCALING_GROUP_NAME,
        lambda o, w: answer(w, "describe_auto_scaling_groups", lambda v: _group(v).update(Instances=[])),
        False,
    ),
    (
        "group-target-group-one-char-off",
        "dev",
        "asg-target-group",
        out.AUTO_SCALING_GROUP_NAME,
        lambda o, w: answer(
            w,
            "describe_auto_scaling_groups",
            lambda v: _group(v).update(TargetGroupARNs=[_one_char_off(o[out.TARGET_GROUP_ARN])]),
        ),
        False,
    ),
    (
        "http-forwards-to-another-group",
        "dev",
        "alb-listeners",
        out.LOAD_BALANCER_ARN,
        lambda o, w: answer(
            w,
            "describe_listeners",
            lambda v: _listener(80)(v)["DefaultActions"][0].update(TargetGroupArn=_one_char_off(o[out.TARGET_GROUP_ARN])),
        ),
        False,
    ),
    (
        "http-second-listener",
        "dev",
        "alb-listeners",
        out.LOAD_BALANCER_ARN,
        lambda o, w: answer(w, "describe_listeners", lambda v: v["Listeners"].append({**_listener(80)(v), "Port": 8080})),
        False,
    ),
    (
        "https-tls11-policy",
        "prod",
        "alb-listeners",
        out.LOAD_BALANCER_ARN,
        lambda o, w: answer(
            w, "describe_listeners", _set(_listener(443), "SslPolicy", "ELBSecurityPolicy-TLS13-1-1-2021-06")
        ),
        False,
    ),
    (
        "https-other-tls12-policy",
        "prod",
        "alb-listeners",
        out.LOAD_BALANCER_ARN,
        lambda o, w: answer(
            w, "describe_listeners", _set(_listener(443), "SslPolicy", "ELBSecurityPolicy-TLS13-1-3-2021-06")
        ),
        True,
    ),
    (
        "redirect-to-http",
        "prod",
        "alb-listeners",
        out.LOAD_BALANCER_ARN,
        lambda o, w: answer(
            w,
            "describe_listeners",
            lambda v: _listener(80)(v)["DefaultActions"][0]["RedirectConfig"].update(Protocol="HTTP"),
        ),
        False,
    ),
    (
        "http-forwards-beside-https",
        "prod",
        "alb-listeners",
        out.LOAD_BALANCER_ARN,
        lambda o, w: answer(
            w,
            "describe_listeners",
            _set(_listener(80), "DefaultActions", [{"Type": "forward", "TargetGroupArn": o[out.TARGET_GROUP_ARN]}]),
        ),
        False,
    ),
    (
        "one-target-unhealthy",
        "prod",
        "target-health",
        out.TARGET_GROUP_ARN,
        lambda o, w: answer(
            w,
            "describe_target_health",
            lambda v: v["TargetHealthDescriptions"][-1]["TargetHealth"].update(State="unhealthy"),
        ),
        False,
    ),
]


@pytest.mark.parametrize(
    ("scenario", "check_id", "subject", "drift", "ok"), [c[1:] for c in EDGES], ids=[c[0] for c in EDGES]
)
def test_each_check_at_its_edge(runs, scenario, check_id, subject, drift, ok):
    assert verdict(runs(scenario), check_id, subject, drift) is ok


def test_every_plain_check_has_a_failing_edge_case():
    assert {c[2] for c in EDGES if not c[5]} == {s.id for s in PLAIN_CHECKS}
