"""Effective state of the S3 rules (issue 9 §1, §5, §6): deprecated ``…V2`` buckets and settings linked to their
bucket, inline settings, one policy per bucket whose TLS deny covers the bucket and its objects, ACL grants
whichever resource sets them, and an advisory naming what preview could not see."""

from __future__ import annotations

import json

import pytest
from forms_helpers import PROVIDER, UNKNOWN, check_case, judge, res

from tools.offline_preview.analyzer import PolicyPackProcess

BUCKET, BUCKET_V2 = "aws:s3/bucket:Bucket", "aws:s3/bucketV2:BucketV2"
VERSIONING, VERSIONING_V2 = "aws:s3/bucketVersioning:BucketVersioning", "aws:s3/bucketVersioningV2:BucketVersioningV2"
SSE = "aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration"
SSE_V2 = "aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2"
PAB = "aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock"
ACCOUNT_PAB = "aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock"
OWNERSHIP = "aws:s3/bucketOwnershipControls:BucketOwnershipControls"
POLICY = "aws:s3/bucketPolicy:BucketPolicy"
ACL, ACL_V2 = "aws:s3/bucketAcl:BucketAcl", "aws:s3/bucketAclV2:BucketAclV2"
LOGGING_V2 = "aws:s3/bucketLoggingV2:BucketLoggingV2"
FLAGS = {k: True for k in ("blockPublicAcls", "blockPublicPolicy", "ignorePublicAcls", "restrictPublicBuckets")}
KMS = {"rules": [{"applyServerSideEncryptionByDefault": {"sseAlgorithm": "aws:kms", "kmsMasterKeyId": "arn:k"}}]}
ALL_USERS = "http://acs.amazonaws.com/groups/global/AllUsers"
AUTHENTICATED_USERS = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers"
EXEMPT = {"ReplicationExempt": "scratch"}


def tls_deny(resources, **changes):
    return {
        "Sid": "TlsOnly",
        "Effect": "Deny",
        "Principal": "*",
        "Action": "s3:*",
        "Resource": resources,
        "Condition": {"Bool": {"aws:SecureTransport": "false"}},
        **changes,
    }


def doc(*statements):
    return json.dumps({"Version": "2012-10-17", "Statement": list(statements)})


ARNS = ["arn:aws:s3:::data-123", "arn:aws:s3:::data-123/*"]
TLS_POLICY = (doc(tls_deny(ARNS)),)


def secure(token=BUCKET, props=None, *, versioning=VERSIONING, sse=SSE, policy=TLS_POLICY, name="data", extra=()):
    """A bucket and its settings, each linked by property dependency; a setting token None leaves it out."""
    bucket = res(token, name, {"tags": EXEMPT, **(props or {})})
    found = [bucket]
    if versioning:
        found.append(
            res(
                versioning,
                f"{name}-versioning",
                {"bucket": UNKNOWN, "versioningConfiguration": {"status": "Enabled"}},
                bucket=bucket,
            )
        )
    if sse:
        found.append(res(sse, f"{name}-sse", {"bucket": UNKNOWN, **KMS}, bucket=bucket))
    found.append(res(PAB, f"{name}-pab", {"bucket": UNKNOWN, **FLAGS}, bucket=bucket))
    found.append(
        res(OWNERSHIP, f"{name}-own", {"bucket": UNKNOWN, "rule": {"objectOwnership": "BucketOwnerEnforced"}}, bucket=bucket)
    )
    for index, document in enumerate(policy):
        found.append(res(POLICY, f"{name}-policy{index or ''}", {"bucket": UNKNOWN, "policy": document}, bucket=bucket))
    for token_, props_ in extra:
        found.append(res(token_, f"{name}-{token_.rsplit(':', 1)[1]}", {"bucket": UNKNOWN, **props_}, bucket=bucket))
    return found


def policy_from(source: str):
    """A bucket whose policy document was computed from ``source``'s ARN (property dependency on ``policy``)."""
    data = secure(policy=())
    other = secure(name="other") if source == "other" else []
    origin = other[0] if other else data[0]
    policy = res(POLICY, "data-policy", {"bucket": UNKNOWN, "policy": doc(tls_deny(ARNS))}, bucket=data[0], policy=origin)
    return [*data, *other, policy]


V2_INLINE = {
    "versionings": [{"enabled": True}],
    "serverSideEncryptionConfigurations": [
        {"rules": [{"applyServerSideEncryptionByDefaults": [{"sseAlgorithm": "aws:kms", "kmsMasterKeyId": "arn:k"}]}]}
    ],
}
CASES = [
    # (id, policy, resources, offender or None)
    ("compliant", "s3-tls-only", secure(), None),
    ("v2-bucket-v2-settings", "s3-versioning-enabled", secure(BUCKET_V2, versioning=VERSIONING_V2, sse=SSE_V2), None),
    ("v2-bucket-inline-settings", "s3-encryption-kms", secure(BUCKET_V2, V2_INLINE, versioning=None, sse=None), None),
    ("v2-bucket-unversioned", "s3-versioning-enabled", secure(BUCKET_V2, versioning=None), "data"),
    (  # a versionings entry without enabled is no versioning
        "v2-bucket-inline-versioning-unset",
        "s3-versioning-enabled",
        secure(BUCKET_V2, {"versionings": [{"mfaDelete": False}]}, versioning=None),
        "data",
    ),
    (  # inline versioning switched off, on either bucket type
        "v2-bucket-inline-versioning-off",
        "s3-versioning-enabled",
        secure(BUCKET_V2, {"versionings": [{"enabled": False}]}, versioning=None),
        "data",
    ),
    (
        "bucket-inline-versioning-off",
        "s3-versioning-enabled",
        secure(props={"versioning": {"enabled": False}}, versioning=None),
        "data",
    ),
    ("v2-bucket-unencrypted", "s3-encryption-kms", secure(BUCKET_V2, sse=None), "data"),
    (
        "v2-bucket-sse-s3-v2-setting",
        "s3-encryption-kms",
        [
            *secure(BUCKET_V2, sse=None),
            res(
                SSE_V2,
                "aes",
                {"bucket": UNKNOWN, "rules": [{"applyServerSideEncryptionByDefault": {"sseAlgorithm": "AES256"}}]},
                bucket=res(BUCKET_V2, "data"),
            ),
        ],
        "data",
    ),
    (  # dual-layer SSE-KMS is KMS encryption too
        "dsse-kms",
        "s3-encryption-kms",
        [
            *(data := secure(sse=None)),
            res(
                SSE,
                "dsse",
                {"bucket": UNKNOWN, "rules": [{"applyServerSideEncryptionByDefault": {"sseAlgorithm": "aws:kms:dsse"}}]},
                bucket=data[0],
            ),
        ],
        None,
    ),
    ("v2-bucket-no-pab", "s3-public-access-blocked", [r for r in secure(BUCKET_V2) if r.type != PAB], "data"),
    (
        "account-pab",
        "s3-public-access-blocked",
        [*[r for r in secure() if r.type != PAB], res(ACCOUNT_PAB, "acct", FLAGS)],
        None,
    ),
    (  # one account block known to block is enough, whatever another's flags
        "account-pab-known-beside-unknown",
        "s3-public-access-blocked",
        [
            *[r for r in secure() if r.type != PAB],
            res(ACCOUNT_PAB, "acct", FLAGS),
            res(ACCOUNT_PAB, "acct2", {**FLAGS, "blockPublicPolicy": UNKNOWN}),
        ],
        None,
    ),
    (
        "account-pab-partial",
        "s3-public-access-blocked",
        [*[r for r in secure() if r.type != PAB], res(ACCOUNT_PAB, "acct", {**FLAGS, "restrictPublicBuckets": False})],
        "data",
    ),
    ("v2-bucket-no-policy", "s3-tls-only", secure(BUCKET_V2, policy=()), "data"),
    ("v2-bucket-inline-policy", "s3-tls-only", secure(BUCKET_V2, {"policy": doc(tls_deny(ARNS))}, policy=()), None),
    (
        "versioning-lowercase",
        "s3-versioning-enabled",
        [
            *secure(props={"bucket": "data-123"}, versioning=None),
            res(VERSIONING, "v", {"bucket": "data-123", "versioningConfiguration": {"status": "enabled"}}),
        ],
        None,
    ),
    (
        "v2-inline-replication-no-key",
        "s3-replica-kms",
        secure(
            BUCKET_V2,
            {
                "replicationConfigurations": [
                    {
                        "role": "arn:role",
                        "rules": [{"id": "all", "status": "Enabled", "destinations": [{"bucket": "arn:aws:s3:::replica"}]}],
                    }
                ]
            },
        ),
        "data",
    ),
    (
        "v2-inline-replication-key",
        "s3-replica-kms",
        secure(
            BUCKET_V2,
            {
                "replicationConfigurations": [
                    {
                        "role": "arn:role",
                        "rules": [
                            {
                                "id": "all",
                                "status": "Enabled",
                                "destinations": [{"bucket": "arn:aws:s3:::replica", "replicaKmsKeyId": "arn:k"}],
                            }
                        ],
                    }
                ]
            },
        ),
        None,
    ),
    (
        "versioning-conflict",
        "s3-versioning-enabled",
        [
            *secure(),
            res(
                VERSIONING,
                "pause",
                {"bucket": UNKNOWN, "versioningConfiguration": {"status": "Suspended"}},
                bucket=res(BUCKET, "data"),
            ),
        ],
        "data",
    ),
    (  # a status other than Enabled, whichever way it sorts
        "versioning-disabled",
        "s3-versioning-enabled",
        [
            *(data := secure(versioning=None)),
            res(VERSIONING, "v", {"bucket": UNKNOWN, "versioningConfiguration": {"status": "Disabled"}}, bucket=data[0]),
        ],
        "data",
    ),
    (  # a flag left out is not set
        "pab-flag-absent",
        "s3-public-access-blocked",
        [
            *(data := [r for r in secure() if r.type != PAB]),
            res(
                PAB,
                "data-pab",
                {"bucket": UNKNOWN, **{k: v for k, v in FLAGS.items() if k != "ignorePublicAcls"}},
                bucket=data[0],
            ),
        ],
        "data",
    ),
    (
        "pab-conflict",
        "s3-public-access-blocked",
        [*secure(), res(PAB, "loose", {"bucket": UNKNOWN, **FLAGS, "blockPublicPolicy": False}, bucket=res(BUCKET, "data"))],
        "data",
    ),
    (  # the buckets after one with no block are still judged
        "pab-missing-then-a-partial-one",
        "s3-public-access-blocked",
        [
            *[r for r in secure() if r.type != PAB],
            *(other := [r for r in secure(name="other") if r.type != PAB]),
            res(PAB, "other-pab", {"bucket": UNKNOWN, **FLAGS, "ignorePublicAcls": False}, bucket=other[0]),
        ],
        "other",
    ),
    # one policy per bucket, covering the bucket and its objects
    ("two-policies", "s3-tls-only", secure(policy=(doc(tls_deny(ARNS)), doc(tls_deny(ARNS)))), "data"),
    (  # the buckets after one with two policies are still judged
        "two-policies-then-a-bucket-without-one",
        "s3-tls-only",
        [*secure(policy=(doc(tls_deny(ARNS)), doc(tls_deny(ARNS)))), *secure(name="other", policy=())],
        "other",
    ),
    ("inline-and-resource-policy", "s3-tls-only", secure(props={"policy": doc(tls_deny(ARNS))}), "data"),
    ("deny-objects-only", "s3-tls-only", secure(policy=(doc(tls_deny("arn:aws:s3:::data-123/*")),)), "data"),
    ("deny-bucket-only", "s3-tls-only", secure(policy=(doc(tls_deny(["arn:aws:s3:::data-123"])),)), "data"),
    ("deny-star-resource", "s3-tls-only", secure(policy=(doc(tls_deny("*")),)), None),
    (
        "deny-narrowed-by-a-second-condition",
        "s3-tls-only",
        secure(
            policy=(
                doc(
                    tls_deny(
                        ARNS, Condition={"Bool": {"aws:SecureTransport": "false"}, "StringEquals": {"aws:SourceVpc": "v"}}
                    )
                ),
            )
        ),
        "data",
    ),
    (
        "deny-with-the-key-in-other-case",
        "s3-tls-only",
        secure(policy=(doc(tls_deny(ARNS, Condition={"Bool": {"aws:securetransport": "false"}})),)),
        None,
    ),
    (
        "deny-other-bucket-named",
        "s3-tls-only",
        secure(props={"bucket": "data-123"}, policy=(doc(tls_deny(["arn:aws:s3:::other", "arn:aws:s3:::other/*"])),)),
        "data",
    ),
    (  # aws:SecureTransport is in every request's context: BoolIfExists denies what Bool does
        "deny-with-bool-if-exists",
        "s3-tls-only",
        secure(policy=(doc(tls_deny(ARNS, Condition={"BoolIfExists": {"aws:SecureTransport": "false"}})),)),
        None,
    ),
    ("deny-named-bucket", "s3-tls-only", secure(props={"bucket": "data-123"}), None),
    ("deny-built-from-other-bucket", "s3-tls-only", policy_from("other"), "data"),
    ("deny-built-from-own-bucket", "s3-tls-only", policy_from("data"), None),
    (
        "deny-other-partition",
        "s3-tls-only",
        secure(
            props={"bucket": "data-123"}, policy=(doc(tls_deny(["arn:aws-cn:s3:::data-123", "arn:aws-cn:s3:::data-123/*"])),)
        ),
        None,
    ),
    (
        "deny-wildcard-objects",
        "s3-tls-only",
        secure(
            policy=(
                doc(
                    tls_deny(["arn:aws:s3:::data-123", "arn:aws:s3:::data-123/*"]),
                    {
                        "Effect": "Allow",
                        "Principal": {"AWS": "arn:aws:iam::1:root"},
                        "Action": "s3:GetObject",
                        "Resource": "arn:aws:s3:::data-123/*",
                    },
                ),
            )
        ),
        None,
    ),
    # ACLs whichever resource sets them
    ("acl-v2-resource-canned", "s3-no-public-acl", secure(extra=[(ACL_V2, {"acl": "public-read"})]), "data-BucketAclV2"),
    (
        "acl-v2-resource-grant",
        "s3-no-public-acl",
        secure(
            extra=[
                (
                    ACL_V2,
                    {
                        "accessControlPolicy": {
                            "grants": [{"permission": "READ", "grantee": {"type": "Group", "uri": ALL_USERS}}],
                            "owner": {"id": "o"},
                        }
                    },
                )
            ]
        ),
        "data-BucketAclV2",
    ),
    (
        "acl-inline-grants",
        "s3-no-public-acl",
        secure(props={"grants": [{"type": "Group", "uri": ALL_USERS, "permissions": ["READ"]}]}),
        "data",
    ),
    (  # a trailing slash names the same group
        "acl-inline-grants-trailing-slash",
        "s3-no-public-acl",
        secure(props={"grants": [{"type": "Group", "uri": f"{ALL_USERS}/", "permissions": ["READ"]}]}),
        "data",
    ),
    (
        "acl-inline-grants-v2",
        "s3-no-public-acl",
        secure(
            BUCKET_V2, {"grants": [{"type": "Group", "uri": ALL_USERS.replace("http:", "https:"), "permissions": ["READ"]}]}
        ),
        "data",
    ),
    ("acl-canned-uppercase", "s3-no-public-acl", secure(props={"acl": "Public-Read"}), "data"),
    # any authenticated AWS user is the public too: the canned ACL and the group grant
    ("acl-canned-authenticated-read", "s3-no-public-acl", secure(props={"acl": "authenticated-read"}), "data"),
    (
        "acl-grant-to-authenticated-users",
        "s3-no-public-acl",
        secure(
            extra=[
                (
                    ACL,
                    {
                        "accessControlPolicy": {
                            "grants": [{"permission": "READ", "grantee": {"type": "Group", "uri": AUTHENTICATED_USERS}}],
                            "owner": {"id": "o"},
                        }
                    },
                )
            ]
        ),
        "data-BucketAcl",
    ),
    (
        "acl-owner-grant",
        "s3-no-public-acl",
        secure(
            extra=[
                (
                    ACL,
                    {
                        "accessControlPolicy": {
                            "grants": [{"permission": "FULL_CONTROL", "grantee": {"type": "CanonicalUser", "id": "abc"}}],
                            "owner": {"id": "abc"},
                        }
                    },
                )
            ]
        ),
        None,
    ),
    ("acl-log-delivery", "s3-no-public-acl", secure(extra=[(ACL_V2, {"acl": "log-delivery-write"})]), None),
    (
        "acl-object-public",
        "s3-no-public-acl",
        secure(extra=[("aws:s3/bucketObjectv2:BucketObjectv2", {"key": "index.html", "acl": "public-read"})]),
        "data-BucketObjectv2",
    ),
    (
        "acl-object-legacy-public",
        "s3-no-public-acl",
        secure(extra=[("aws:s3/bucketObject:BucketObject", {"key": "a", "acl": "public-read-write"})]),
        "data-BucketObject",
    ),
    (
        "acl-object-copy-grant",
        "s3-no-public-acl",
        secure(
            extra=[
                (
                    "aws:s3/objectCopy:ObjectCopy",
                    {
                        "key": "a",
                        "source": "src/a",
                        "grants": [{"type": "Group", "uri": ALL_USERS, "permissions": ["READ"]}],
                    },
                )
            ]
        ),
        "data-ObjectCopy",
    ),
    (
        "acl-object-private",
        "s3-no-public-acl",
        secure(extra=[("aws:s3/bucketObjectv2:BucketObjectv2", {"key": "a", "acl": "bucket-owner-full-control"})]),
        None,
    ),
]


@pytest.mark.parametrize(("policy", "resources", "offender"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_storage_rules_judge_the_effective_state(pack: PolicyPackProcess, policy, resources, offender):
    check_case(pack, policy, resources, offender)


def test_v2_logging_makes_a_log_bucket(pack: PolicyPackProcess):
    """A BucketLoggingV2 target receives server access logs, so SSE-S3 is accepted there."""
    data = secure()
    logs = secure(name="logs", sse=None)
    aes = res(
        SSE,
        "logs-aes",
        {"bucket": UNKNOWN, "rules": [{"applyServerSideEncryptionByDefault": {"sseAlgorithm": "AES256"}}]},
        bucket=logs[0],
    )
    logging = res(
        LOGGING_V2,
        "logging",
        {"bucket": UNKNOWN, "targetBucket": UNKNOWN, "targetPrefix": "s3/"},
        bucket=data[0],
        targetBucket=logs[0],
    )
    check_case(pack, "s3-encryption-kms", [*data, *logs, aes, logging], None)
    check_case(pack, "s3-encryption-kms", [*data, *logs, aes], "logs")


def test_unknown_bucket_settings_give_an_advisory_naming_them(pack: PolicyPackProcess):
    resources = secure(BUCKET_V2, {"versionings": UNKNOWN}, policy=(UNKNOWN,), versioning=None)
    found = judge(pack, resources)
    assert [v for v in found if v.level == "mandatory"] == []
    advice = {v.policy: v.message for v in pack.analyze_stack(resources, None)}
    assert "data (aws:s3/bucketV2:BucketV2): its versioning settings" in advice["s3-versioning-enabled"]


@pytest.mark.parametrize(
    ("policy", "resources", "named"),
    [
        (
            "s3-encryption-kms",
            secure(BUCKET_V2, {"serverSideEncryptionConfigurations": UNKNOWN}, sse=None),
            "data (aws:s3/bucketV2:BucketV2): its default encryption",
        ),
        ("s3-tls-only", secure(policy=(UNKNOWN,)), "data (aws:s3/bucket:Bucket): its bucket policy"),
        (
            "s3-public-access-blocked",
            [
                *(data := [r for r in secure() if r.type != PAB]),
                res(PAB, "data-pab", {"bucket": UNKNOWN, **FLAGS, "blockPublicAcls": UNKNOWN}, bucket=data[0]),
            ],
            "data (aws:s3/bucket:Bucket): its public access block flags",
        ),
        (  # the account-wide block may cover a bucket without its own: not a violation until its flags are known
            "s3-public-access-blocked",
            [*[r for r in secure() if r.type != PAB], res(ACCOUNT_PAB, "acct", {**FLAGS, "blockPublicPolicy": UNKNOWN})],
            "data (aws:s3/bucket:Bucket): the account's public access block flags",
        ),
        (
            "s3-public-access-blocked",
            [
                *(data := [r for r in secure() if r.type != PAB]),
                res(PAB, "data-pab", {"bucket": UNKNOWN, **FLAGS, "blockPublicAcls": False}, bucket=data[0]),
                res(ACCOUNT_PAB, "acct", {**FLAGS, "blockPublicPolicy": UNKNOWN}),
            ],
            "data (aws:s3/bucket:Bucket): the account's public access block flags",
        ),
    ],
)
def test_unknown_setting_values_give_an_advisory_naming_them(pack: PolicyPackProcess, policy, resources, named):
    assert [v for v in judge(pack, resources) if v.level == "mandatory"] == []
    advice = {v.policy: v.message for v in pack.analyze_stack(resources, None)}
    assert named in advice[policy], advice


@pytest.mark.parametrize(
    ("resources", "name", "covers"),
    [
        (ARNS, None, True),
        (ARNS, "data-123", True),
        (["arn:aws:s3:::data-123/*"], None, False),
        ("*", "x", True),
        (["arn:aws:s3:::*"], "x", True),
        (["arn:aws:s3:::data-*"], "data-123", True),
        (["arn:aws:s3:::other", "arn:aws:s3:::other/*"], "data-123", False),
        ([None, 3], None, False),
        ([None, "arn:aws:s3:::data-123/*"], None, False),  # a Resource that is not a string covers nothing
        ([3, "arn:aws:s3:::data-123"], None, False),
        (["arn:aws:s3:eu-west-1:1:bucketv2/b", "arn:aws:s3:eu-west-1:1:bucketv2/b/*"], "b", True),
    ],
)
def test_tls_deny_covers(resources, name, covers):
    from starter_policies.encryption import tls_deny_covers

    assert tls_deny_covers(tls_deny(resources), name) is covers


KEYLESS_RULE = {"id": "all", "status": "Enabled", "destinations": [{"bucket": "arn:aws:s3:::replica"}]}


@pytest.mark.parametrize(
    ("type_", "judged"),
    [
        ("aws:s3/bucketReplicationConfig:BucketReplicationConfig", True),
        (BUCKET, True),
        (BUCKET_V2, True),
        # an ECR replication configuration has replicationConfiguration.rules too, and sorts before Bucket
        ("aws:ecr/replicationConfiguration:ReplicationConfiguration", False),
        (VERSIONING_V2, False),  # sorts after BucketV2
    ],
)
def test_replica_rule_checks_the_type_itself(type_, judged):
    """With an SDK release the pack's type gate does not know (policies/starter_policies/request_cache.py), every
    resource reaches every resource rule: s3-replica-kms judges only replication settings and buckets."""
    from types import SimpleNamespace

    from starter_policies.encryption import POLICIES

    rule = next(p for p in POLICIES if p.name == "s3-replica-kms")
    props = {
        "rules": [KEYLESS_RULE],
        "replicationConfiguration": {"role": "arn:role", "rules": [KEYLESS_RULE]},
        "replicationConfigurations": [{"role": "arn:role", "rules": [KEYLESS_RULE]}],
    }
    found: list[str] = []
    rule.validate(SimpleNamespace(resource_type=type_, name="subject", props=props), lambda m, urn=None: found.append(m))
    assert bool(found) is judged, found


# s3-data-replicated (advisory by default, mandatory in prod's config): which buckets hold data, and whether
# each replicates to another region, whichever way the replication is declared
REPLICATION = "aws:s3/bucketReplicationConfig:BucketReplicationConfig"
TO_REPLICA = {"id": "all", "status": "Enabled", "destination": {"bucket": "arn:aws:s3:::replica-123"}}
TO_REPLICA_V2 = {"id": "all", "status": "Enabled", "destinations": [{"bucket": "arn:aws:s3:::replica-123"}]}


def replica(region="eu-central-1", **props):
    return res(BUCKET, "replica", {"bucket": "replica-123", "region": region, **props})


def data(token=BUCKET, **props):
    return res(token, "data", {"bucket": "data-123", **props})


def split(body, source=None, **links):
    """A BucketReplicationConfig on ``source`` (the data bucket by default), its rules computed from ``links``."""
    return res(REPLICATION, "rep", {"bucket": UNKNOWN, "role": "arn:role", "rules": body}, bucket=source or data(), **links)


REPLICATION_CASES = [
    # (id, resources, buckets named by s3-data-replicated)
    # the buckets after an exempt one, or after a replica, are still judged
    ("exempt-bucket-first", [res(BUCKET, "scratch", {"tags": EXEMPT}), data()], ["data"]),
    (
        "replica-first",
        [r := replica(), data(), split([TO_REPLICA]), res(BUCKET, "uploads", {"bucket": "uploads-123"})],
        ["uploads"],
    ),
    (
        "unreplicated-first",
        [res(BUCKET, "uploads", {"bucket": "uploads-123"}), data(), replica("eu-west-1"), split([TO_REPLICA])],
        ["data", "uploads"],
    ),
    ("split-by-name", [data(), replica(), split([TO_REPLICA])], []),
    ("split-linked", [data(), r := replica(), split([{**TO_REPLICA, "destination": {"bucket": UNKNOWN}}], rules=r)], []),
    ("split-disabled", [data(), replica(), split([{**TO_REPLICA, "status": "Disabled"}])], ["data"]),
    ("split-same-region", [data(), replica("eu-west-1"), split([TO_REPLICA])], ["data"]),
    ("split-region-sorting-after-home", [data(), replica("us-east-1"), split([TO_REPLICA])], []),
    (  # a rule computed from the source bucket too (a filter on its name) does not make it a replica
        "split-rules-from-source-and-replica",
        [d := data(), r := replica("eu-west-1"), split([{**TO_REPLICA, "destination": {"bucket": UNKNOWN}}], rules=[d, r])],
        ["data"],
    ),
    # unknown during preview: a replication is declared, so it counts as one (never a failure in preview)
    ("split-status-unknown", [data(), replica(), split([{**TO_REPLICA, "status": UNKNOWN}])], []),
    ("split-rules-unknown", [data(), r := replica(), split(UNKNOWN, rules=r)], []),
    ("inline", [data(replicationConfiguration={"role": "arn:role", "rules": [TO_REPLICA]}), replica()], []),
    (
        "inline-v2",
        [data(BUCKET_V2, replicationConfigurations=[{"role": "arn:role", "rules": [TO_REPLICA_V2]}]), replica()],
        [],
    ),
    (
        "inline-linked",
        [
            r := replica("eu-west-1", bucket=UNKNOWN),
            res(
                BUCKET,
                "data",
                {
                    "replicationConfiguration": {
                        "role": "arn:role",
                        "rules": [{**TO_REPLICA, "destination": {"bucket": UNKNOWN}}],
                    }
                },
                replicationConfiguration=r,
            ),
        ],
        ["data"],  # same region: the replica was found through the link
    ),
    (
        "inline-v2-linked",
        [
            r := replica("eu-west-1", bucket=UNKNOWN),
            res(
                BUCKET_V2,
                "data",
                {
                    "replicationConfigurations": [
                        {"role": "arn:role", "rules": [{**TO_REPLICA_V2, "destinations": [{"bucket": UNKNOWN}]}]}
                    ]
                },
                replicationConfigurations=r,
            ),
        ],
        ["data"],
    ),
    ("inline-same-region", [data(replicationConfiguration={"rules": [TO_REPLICA]}), replica("eu-west-1")], ["data"]),
    (
        "inline-disabled",
        [data(replicationConfiguration={"rules": [{**TO_REPLICA, "status": "Disabled"}]}), replica()],
        ["data"],
    ),
    (
        "inline-unknown",
        [r := replica(), res(BUCKET, "data", {"replicationConfiguration": UNKNOWN}, replicationConfiguration=r)],
        [],
    ),
]


@pytest.mark.parametrize(("resources", "named"), [c[1:] for c in REPLICATION_CASES], ids=[c[0] for c in REPLICATION_CASES])
def test_data_replication_is_found_however_it_is_declared(pack: PolicyPackProcess, resources, named):
    pack.configure({"s3-data-replicated": "mandatory"})  # as prod's config has it
    try:
        found = [v for v in pack.analyze_stack(resources, PROVIDER) if v.policy == "s3-data-replicated"]
    finally:
        pack.configure({})
    assert sorted(v.urn.rsplit("::", 1)[1] for v in found) == named, found


def test_data_replication_region_unknown_on_both_sides_is_not_the_same_region(pack: PolicyPackProcess):
    """Without a provider region and without region inputs, neither bucket's region is known: no same-region
    verdict (None is not a region)."""
    resources = [data(replicationConfiguration={"rules": [TO_REPLICA]}), res(BUCKET, "replica", {"bucket": "replica-123"})]
    assert [v for v in pack.analyze_stack(resources, None) if v.policy == "s3-data-replicated"] == []


@pytest.mark.parametrize(
    ("resources", "message"),
    [
        (
            secure(props={"grants": [{"type": "Group", "uri": ALL_USERS, "permissions": ["READ", "WRITE"]}]}),
            f"data: grants READ, WRITE to {ALL_USERS}; remove the grant.",
        ),
        (
            secure(
                extra=[
                    (
                        ACL,
                        {
                            "accessControlPolicy": {
                                "grants": [{"permission": "READ_ACP", "grantee": {"type": "Group", "uri": ALL_USERS}}],
                                "owner": {"id": "o"},
                            }
                        },
                    )
                ]
            ),
            f"data-BucketAcl: grants READ_ACP to {ALL_USERS}; remove the grant.",
        ),
    ],
)
def test_public_grant_violation_names_the_permissions_and_the_grantee(pack: PolicyPackProcess, resources, message):
    found = [v.message for v in judge(pack, resources) if v.policy == "s3-no-public-acl"]
    assert len(found) == 1 and found[0].endswith(message), found


def test_two_policies_violation_names_both(pack: PolicyPackProcess):
    resources = secure(policy=(doc(tls_deny(ARNS)), doc(tls_deny(ARNS))))
    found = [v.message for v in judge(pack, resources) if v.policy == "s3-tls-only"]
    assert len(found) == 1 and "data: 2 bucket policies (data-policy, data-policy1); S3 keeps one" in found[0], found


def test_encryption_violation_names_every_algorithm(pack: PolicyPackProcess):
    data = secure(sse=None)
    configs = [
        res(
            SSE,
            f"sse-{a}",
            {"bucket": UNKNOWN, "rules": [{"applyServerSideEncryptionByDefault": {"sseAlgorithm": a}}]},
            bucket=data[0],
        )
        for a in ("AES256", "aws:kms")
    ]
    found = [v.message for v in judge(pack, [*data, *configs]) if v.policy == "s3-encryption-kms"]
    assert len(found) == 1 and "data: default encryption is AES256, aws:kms; use sseAlgorithm" in found[0], found


def test_public_access_block_violation_names_every_flag_left_off(pack: PolicyPackProcess):
    data = [r for r in secure() if r.type != PAB]
    loose = res(
        PAB,
        "data-pab",
        {"bucket": UNKNOWN, **FLAGS, "blockPublicAcls": False, "restrictPublicBuckets": False},
        bucket=data[0],
    )
    found = [v.message for v in judge(pack, [*data, loose]) if v.policy == "s3-public-access-blocked"]
    assert len(found) == 1 and "data: public access block leaves blockPublicAcls, restrictPublicBuckets off;" in found[0], (
        found
    )
