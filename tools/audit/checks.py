"""The audit's checks, as a table: each row (``CheckSpec``) names a check id, the stack outputs it judges and
reads, the IAM actions its API calls need, and the function that runs it. The planned list, the outputs the
audit requires, the CI role's action lists (``tools/audit/iam/*.json`` are tested against them) and the count
in the README all derive from ``CHECKS``: adding a check means adding one row.

Checks are read-only boto3 calls judged from the live APIs (not from Pulumi's state); only the opt-in
``replication-canary`` writes (one object under ``audit-canary/`` in the primary bucket).
"""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any, TypeVar

import boto3
import botocore.config
import botocore.exceptions
from starter_shared import iam_documents, iam_managed_policies
from starter_shared import outputs as out
from starter_shared.elb_tls import refuses_below_tls12
from starter_shared.facts import MAX_HOP_LIMIT, PUBLIC_ACCESS_BLOCK_FLAGS, snake_to_pascal

T = TypeVar("T")

# AWS-managed policies the template attaches on purpose, accepted by name (AWS writes and updates them):
# Session Manager's core policy grants ssm/ec2messages actions on "*", which AWS only grants that way.
ACCEPTED_MANAGED_POLICIES = frozenset(iam_managed_policies.ACCEPTED_MANAGED_POLICIES)  # the pack accepts the same ones
CANARY_PREFIX = "audit-canary/"
HTTP_SCHEMES = ("http", "https")
# Each bucket output: the region output it lives in and the key output it must be encrypted with (None: SSE-S3,
# the only encryption load-balancer log delivery supports).
BUCKETS: dict[str, tuple[str, str | None]] = {
    out.PRIMARY_BUCKET_NAME: (out.PRIMARY_REGION, out.PRIMARY_KMS_KEY_ARN),
    out.REPLICA_BUCKET_NAME: (out.REPLICA_REGION, out.REPLICA_KMS_KEY_ARN),
    out.LOG_BUCKET_NAME: (out.PRIMARY_REGION, None),
    out.PRIMARY_ACCESS_LOG_BUCKET_NAME: (out.PRIMARY_REGION, None),
    out.REPLICA_ACCESS_LOG_BUCKET_NAME: (out.REPLICA_REGION, None),
    out.TRAIL_BUCKET_NAME: (out.PRIMARY_REGION, out.TRAIL_KMS_KEY_ARN),
}
# Each role output: the one service that may assume it, and whether its trust must pin the stack's account
# (aws:SourceAccount, against the confused-deputy problem, for a service acting on the account's buckets).
ROLES: dict[str, tuple[str, bool]] = {
    out.INSTANCE_ROLE_NAME: ("ec2.amazonaws.com", False),
    out.REPLICATION_ROLE_NAME: ("s3.amazonaws.com", True),
}
KEYS = (out.PRIMARY_KMS_KEY_ARN, out.REPLICA_KMS_KEY_ARN, out.TRAIL_KMS_KEY_ARN)
SWITCHED_BY = {
    out.WEB_ACL_ARN: "waf",
    out.CDN_DISTRIBUTION_ID: "cdn",
    out.CDN_DOMAIN_NAME: "cdn",
    out.PRIMARY_ACCESS_LOG_BUCKET_NAME: "dataAccessLogs",
    out.REPLICA_ACCESS_LOG_BUCKET_NAME: "dataAccessLogs",
    out.FLOW_LOG_ID: "flowLogs",
    out.BUDGET_NAME: "monthlyBudgetUsd",
    out.TRAIL_ARN: "auditTrail",
    out.TRAIL_BUCKET_NAME: "auditTrail",
    out.TRAIL_KMS_KEY_ARN: "auditTrail",
}
"""The config key that switches each optional output's part on (tools read null as "off")."""
# Each access-log bucket output: the data bucket that must log into it.
ACCESS_LOGGED = {
    out.PRIMARY_ACCESS_LOG_BUCKET_NAME: out.PRIMARY_BUCKET_NAME,
    out.REPLICA_ACCESS_LOG_BUCKET_NAME: out.REPLICA_BUCKET_NAME,
}
# The web tier's alarms: (namespace, metric) each must exist on the stack's resources and act on the alarm topic.
WEB_ALARM_METRICS = (
    ("AWS/ApplicationELB", "UnHealthyHostCount"),
    ("AWS/ApplicationELB", "HTTPCode_Target_5XX_Count"),
    ("AWS/ApplicationELB", "HealthyHostCount"),
    ("AWS/EC2", "CPUUtilization"),
)
DASHBOARD_METRICS = ("RequestCount", "TargetResponseTime", "HTTPCode_Target_5XX_Count", "HealthyHostCount", "CPUUtilization")
_KEY_USE_ACTIONS = ("kms:encrypt", "kms:decrypt", "kms:reencrypt", "kms:generatedatakey")


class AuditInputError(Exception):
    """Bad input or an account the audit cannot talk to; the message is one line."""


@dataclass(frozen=True)
class Check:
    """One check's verdict on one resource, with its evidence."""

    id: str
    resource: str
    ok: bool
    detail: str


def _key_id(key: str | None) -> str:
    """A KMS key's id from its ARN or id ("arn:aws:kms:r:a:key/ID" → "ID")."""
    return (key or "").rsplit("/", 1)[-1]


def _same_key(given: str | None, expected: str) -> bool:
    """Whether a configured key names ``expected`` (a key ARN): an ARN must be that ARN (its region and account
    too: an id alone is unique only within them, and a multi-Region key shares its id across Regions); a bare
    key id resolves in the caller's account and region, so its id is compared. Aliases never match: KMS
    resolves them at each request, in the requester's account."""
    if given and given.startswith("arn:"):
        return given == expected
    return _key_id(given) == _key_id(expected)


def _region_of(arn: str) -> str:
    return arn.split(":")[3]


def _account_of(arn: str) -> str:
    return arn.split(":")[4]


class Audit:
    """One deployment's outputs and the clients to read it; ``run`` performs the planned checks of ``CHECKS``."""

    def __init__(self, outputs: dict[str, str], session: boto3.session.Session, endpoint_url: str | None) -> None:
        self.out = outputs
        self.session = session
        self.endpoint_url = endpoint_url
        self._clients: dict[tuple[str, str], Any] = {}
        self._memo: dict[str, Any] = {}
        self.canary_timeout: float | None = None  # set by planned(); read by the canary check
        self._options: set[str | None] = {None}  # set by planned(); read by skipped()
        self._config = botocore.config.Config(
            connect_timeout=5,
            read_timeout=30,
            retries={"max_attempts": 2, "mode": "standard"},
            s3={"addressing_style": "path"} if endpoint_url else None,
        )

    def client(self, service: str, region: str | None = None) -> Any:
        region = region or self.out[out.PRIMARY_REGION]
        if (service, region) not in self._clients:
            self._clients[(service, region)] = self.session.client(
                service, region_name=region, endpoint_url=self.endpoint_url, config=self._config
            )
        return self._clients[(service, region)]

    def memo(self, key: str, read: Callable[[], T]) -> T:
        """Read once per audit what several checks judge (a launch template version, a group)."""
        if key not in self._memo:
            self._memo[key] = read()
        value: T = self._memo[key]  # stored by the read() of the same key
        return value

    def preflight(self) -> str:
        """Reach the endpoint with the credentials at hand; ``AuditInputError`` otherwise."""
        where = self.endpoint_url or f"AWS in {self.out[out.PRIMARY_REGION]}"
        try:
            account: str = self.client("sts").get_caller_identity()["Account"]
            return account
        except (botocore.exceptions.NoCredentialsError, botocore.exceptions.PartialCredentialsError):
            raise AuditInputError(
                "no AWS credentials found: set AWS_PROFILE, or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY"
            ) from None
        except (botocore.exceptions.ConnectionError, botocore.exceptions.HTTPClientError) as exc:
            raise AuditInputError(f"cannot reach {where}: {exc}") from None
        except botocore.exceptions.ClientError as exc:
            raise AuditInputError(f"{where} refused the credentials: {exc.response['Error'].get('Code')}") from None

    def bucket_s3(self, subject: str) -> tuple[str, Any]:
        return self.out[subject], self.client("s3", self.out[BUCKETS[subject][0]])

    def planned(
        self,
        http: bool = False,
        canary_timeout: float | None = None,
    ) -> list[tuple[str, str, Callable[[], Check]]]:
        """(id, resource, check) in report order (table rows, then subjects); ids and resources name a check even
        when it errors."""
        options = {None, *(["http"] if http else []), *(["canary"] if canary_timeout is not None else [])}
        self.canary_timeout = canary_timeout
        self._options = options
        chosen = [(spec, subject) for spec in CHECKS if spec.option in options for subject in spec.subjects]
        return [
            (spec.id, self.out[subject], partial(spec.run, self, subject))
            for spec, subject in chosen
            if self.out.get(subject) is not None
        ]

    def skipped(self) -> list[tuple[str, str]]:
        """(check id, output) of every planned check not run because its subject output is null: the part is
        switched off in this stack's config (SWITCHED_BY names the key). Listed, never dropped."""
        return [
            (spec.id, subject)
            for spec in CHECKS
            if spec.option in self._options
            for subject in spec.subjects
            if self.out.get(subject) is None
        ]

    def run(self, http: bool = False, canary_timeout: float | None = None) -> list[Check]:
        """Every planned check; one that errors fails with the error as its evidence, and the others still run."""
        results = []
        for check_id, resource, check in self.planned(http, canary_timeout):
            try:
                results.append(check())
            except botocore.exceptions.ClientError as exc:
                error = exc.response.get("Error", {})
                results.append(Check(check_id, resource, False, f"{error.get('Code')}: {error.get('Message')}"))
            except (botocore.exceptions.BotoCoreError, LookupError, ValueError, TypeError) as exc:
                results.append(Check(check_id, resource, False, f"{type(exc).__name__}: {exc}"))
        return results


# -- the check functions: (audit, subject output) -> Check ---------------------------------------------------
def versioning(a: Audit, subject: str) -> Check:
    bucket, s3 = a.bucket_s3(subject)
    status = s3.get_bucket_versioning(Bucket=bucket).get("Status", "never enabled")
    return Check("s3-versioning", bucket, status == "Enabled", f"Status={status}")


def encryption(a: Audit, subject: str) -> Check:
    bucket, s3 = a.bucket_s3(subject)
    rules = s3.get_bucket_encryption(Bucket=bucket)["ServerSideEncryptionConfiguration"]["Rules"]
    default = rules[0].get("ApplyServerSideEncryptionByDefault", {}) if rules else {}
    algorithm, key = default.get("SSEAlgorithm"), default.get("KMSMasterKeyID")
    key_output = BUCKETS[subject][1]
    if key_output is None:  # load-balancer log delivery only supports SSE-S3
        return Check("s3-encryption", bucket, algorithm == "AES256", f"SSEAlgorithm={algorithm} (expected AES256)")
    expected = a.out[key_output]
    ok = algorithm == "aws:kms" and _same_key(key, expected)
    return Check("s3-encryption", bucket, ok, f"SSEAlgorithm={algorithm} KMSMasterKeyID={key} (expected {expected})")


def public_access_block(a: Audit, subject: str) -> Check:
    bucket, s3 = a.bucket_s3(subject)
    flags = s3.get_public_access_block(Bucket=bucket)["PublicAccessBlockConfiguration"]
    off = [k for k in map(snake_to_pascal, PUBLIC_ACCESS_BLOCK_FLAGS) if flags.get(k) is not True]
    return Check("s3-public-access-block", bucket, not off, "all four flags true" if not off else f"off: {', '.join(off)}")


def ownership(a: Audit, subject: str) -> Check:
    bucket, s3 = a.bucket_s3(subject)
    rules = s3.get_bucket_ownership_controls(Bucket=bucket)["OwnershipControls"]["Rules"]
    modes = [r.get("ObjectOwnership") for r in rules]
    return Check("s3-ownership", bucket, modes == ["BucketOwnerEnforced"], f"ObjectOwnership={','.join(map(str, modes))}")


def tls_only(a: Audit, subject: str) -> Check:
    """The bucket policy denies every S3 action to everyone, on the bucket and its objects, over plain HTTP and
    over TLS below 1.2 (the template's two statements; a narrower deny, or one on other buckets, does not count)."""
    bucket, s3 = a.bucket_s3(subject)
    document = json.loads(s3.get_bucket_policy(Bucket=bucket)["Policy"])
    here = [s for s in iam_documents.statements(document) if iam_documents.covers_bucket_and_objects(s, bucket)]
    plain = [s.get("Sid", "?") for s in here if iam_documents.denies_insecure_transport(s)]
    old = [s.get("Sid", "?") for s in here if iam_documents.denies_tls_below(s, 1.2)]
    missing = [what for what, found in (("aws:SecureTransport=false", plain), ("s3:TlsVersion below 1.2", old)) if not found]
    detail = (
        f"denies non-TLS in {', '.join(plain)} and TLS below 1.2 in {', '.join(old)}"
        if not missing
        else f"no statement denies s3:* to everyone on {bucket} and {bucket}/* for {' or '.join(missing)}"
    )
    return Check("s3-tls-only", bucket, not missing, detail)


def _every_object(rule: dict[str, Any]) -> bool:
    """Whether a replication rule applies to every object: its Filter (or, in the first schema, its Prefix) sets
    no prefix and no tag. (S3 also skips objects encrypted with KMS keys unless the rule selects them:
    ``SourceSelectionCriteria.SseKmsEncryptedObjects``.)"""
    scope = (rule["Filter"] or {}) if "Filter" in rule else {"Prefix": rule.get("Prefix")}
    scope = scope.get("And") or scope
    return not any(scope.values())


def replication(a: Audit, subject: str) -> Check:
    primary, replica = a.out[subject], a.out[out.REPLICA_BUCKET_NAME]
    config = a.client("s3").get_bucket_replication(Bucket=primary)["ReplicationConfiguration"]
    role_arn = a.client("iam").get_role(RoleName=a.out[out.REPLICATION_ROLE_NAME])["Role"]["Arn"]
    wanted_key = a.out[out.REPLICA_KMS_KEY_ARN]
    matching = [
        r
        for r in config.get("Rules", [])
        if r.get("Status") == "Enabled"
        and _every_object(r)
        and r.get("SourceSelectionCriteria", {}).get("SseKmsEncryptedObjects", {}).get("Status") == "Enabled"
        and r.get("Destination", {}).get("Bucket") == f"arn:aws:s3:::{replica}"
        and _same_key(r.get("Destination", {}).get("EncryptionConfiguration", {}).get("ReplicaKmsKeyID"), wanted_key)
    ]
    ok = bool(matching) and config.get("Role") == role_arn
    detail = (
        f"rule {matching[0].get('ID')} → {replica} with the replica key, role {config.get('Role')}"
        if ok
        else f"rules {[(r.get('ID'), r.get('Status')) for r in config.get('Rules', [])]}, role {config.get('Role')}; "
        f"expected an Enabled rule for every object, SSE-KMS ones included, to {replica} with key {wanted_key} and "
        f"role {role_arn}"
    )
    return Check("s3-replication", primary, ok, detail)


def key_rotation(a: Audit, subject: str) -> Check:
    arn = a.out[subject]
    enabled = a.client("kms", _region_of(arn)).get_key_rotation_status(KeyId=arn)["KeyRotationEnabled"]
    return Check("kms-rotation", arn, enabled is True, f"KeyRotationEnabled={enabled}")


def key_policy_problems(document: dict[str, Any]) -> list[str]:
    """Why a key policy is not the template's explicit one: an Allow of ``kms:*`` (the default key policy's
    grant to the account root) or a use action (encrypt, decrypt, data keys) without a condition scoping it to a
    service, a context or the account."""
    found = []
    for statement in iam_documents.statements(document):
        if statement.get("Effect") != "Allow":
            continue
        actions = statement.get("Action", [])
        actions = [actions] if isinstance(actions, str) else list(actions)
        sid = statement.get("Sid", "?")
        if any(a in ("*", "kms:*") for a in actions):
            found.append(f"{sid} allows {'/'.join(a for a in actions if a in ('*', 'kms:*'))}")
        elif not statement.get("Condition") and any(a.lower().startswith(_KEY_USE_ACTIONS) for a in actions):
            found.append(f"{sid} allows key use without a condition")
    return found


def key_policy(a: Audit, subject: str) -> Check:
    arn = a.out[subject]
    document = json.loads(a.client("kms", _region_of(arn)).get_key_policy(KeyId=arn, PolicyName="default")["Policy"])
    problems = key_policy_problems(document)
    sids = [s.get("Sid", "?") for s in iam_documents.statements(document)]
    return Check("kms-key-policy", arn, not problems, "; ".join(problems) or f"explicit statements {', '.join(sids)}")


def access_logging(a: Audit, subject: str) -> Check:
    source_output = ACCESS_LOGGED[subject]
    source, target = a.out[source_output], a.out[subject]
    region = a.out[BUCKETS[source_output][0]]
    enabled = a.client("s3", region).get_bucket_logging(Bucket=source).get("LoggingEnabled") or {}
    ok = enabled.get("TargetBucket") == target
    logs = f"logs to {enabled.get('TargetBucket')}/{enabled.get('TargetPrefix', '')}" if enabled else "no access logging"
    return Check("s3-access-logging", target, ok, f"{source} {logs}" + ("" if ok else f" (expected {target})"))


def alarm_topic(a: Audit, subject: str) -> Check:
    arn = a.out[subject]
    sns = a.client("sns")
    attributes = sns.get_topic_attributes(TopicArn=arn)["Attributes"]
    key = attributes.get("KmsMasterKeyId") or ""
    subscriptions = sns.list_subscriptions_by_topic(TopicArn=arn)["Subscriptions"]
    ok = bool(key) and not key.startswith("alias/aws/")
    detail = f"KmsMasterKeyId={key or 'none'} (expected a customer-managed key), {len(subscriptions)} subscription(s)"
    return Check("sns-alarm-topic", arn, ok, detail)


def alarm_actions(a: Audit, subject: str) -> Check:
    """Every alarm on the stack's load balancer, target group or group has the topic in its alarm and OK actions,
    and each of the template's four web alarms exists."""
    topic = a.out[subject]
    lb_suffix = a.out[out.LOAD_BALANCER_ARN].split(":loadbalancer/", 1)[-1]
    tg_suffix = a.out[out.TARGET_GROUP_ARN].rsplit(":", 1)[-1]
    ours = {lb_suffix, tg_suffix, a.out[out.AUTO_SCALING_GROUP_NAME]}
    alarms, token = [], None
    while True:
        page = a.client("cloudwatch").describe_alarms(AlarmTypes=["MetricAlarm"], **({"NextToken": token} if token else {}))
        alarms += [x for x in page["MetricAlarms"] if {d.get("Value") for d in x.get("Dimensions", [])} & ours]
        token = page.get("NextToken")
        if not token:
            break
    silent = [
        x["AlarmName"] for x in alarms if topic not in x.get("AlarmActions", []) or topic not in x.get("OKActions", [])
    ]
    present = {(x.get("Namespace"), x.get("MetricName")) for x in alarms}
    missing = [f"{ns} {metric}" for ns, metric in WEB_ALARM_METRICS if (ns, metric) not in present]
    problems = ([f"no alarm action or OK action on the topic: {', '.join(silent)}"] if silent else []) + (
        [f"missing alarms: {', '.join(missing)}"] if missing else []
    )
    return Check("alarm-actions", topic, not problems, "; ".join(problems) or f"{len(alarms)} alarms act on the topic")


def dashboard(a: Audit, subject: str) -> Check:
    name = a.out[subject]
    body = json.loads(a.client("cloudwatch").get_dashboard(DashboardName=name)["DashboardBody"])
    shown = {m for w in body.get("widgets", []) for row in w.get("properties", {}).get("metrics", []) for m in row[:2]}
    missing = [m for m in DASHBOARD_METRICS if m not in shown]
    return Check("dashboard", name, not missing, f"missing {', '.join(missing)}" if missing else "every web metric shown")


def flow_log(a: Audit, subject: str) -> Check:
    flow_id = a.out[subject]
    logs = a.client("ec2").describe_flow_logs(FlowLogIds=[flow_id])["FlowLogs"]
    found = logs[0] if logs else {}
    facts = {k: found.get(k) for k in ("FlowLogStatus", "ResourceId", "TrafficType", "LogDestinationType")}
    ok = facts == {
        "FlowLogStatus": "ACTIVE",
        "ResourceId": a.out[out.VPC_ID],
        "TrafficType": "ALL",
        "LogDestinationType": "cloud-watch-logs",
    }
    return Check("vpc-flow-log", flow_id, ok, ", ".join(f"{k}={v}" for k, v in facts.items()) if found else "not found")


def budget(a: Audit, subject: str) -> Check:
    name, topic = a.out[subject], a.out[out.ALARM_TOPIC_ARN]
    account = _account_of(topic)
    budgets = a.client("budgets")  # a global service: any region reaches its one endpoint
    found = budgets.describe_budget(AccountId=account, BudgetName=name)["Budget"]
    notified = set()
    for n in budgets.describe_notifications_for_budget(AccountId=account, BudgetName=name)["Notifications"]:
        subscribers = budgets.describe_subscribers_for_notification(AccountId=account, BudgetName=name, Notification=n)
        if any(s.get("Address") == topic for s in subscribers["Subscribers"]):
            notified.add(n.get("NotificationType"))
    missing = sorted({"ACTUAL", "FORECASTED"} - notified)
    detail = f"{found.get('BudgetType')} {found.get('TimeUnit')} {found.get('BudgetLimit', {}).get('Amount')} USD" + (
        f"; no {' or '.join(missing)} notification to the alarm topic" if missing else ", actual and forecast to the topic"
    )
    return Check("budget", name, found.get("BudgetType") == "COST" and not missing, detail)


def trail(a: Audit, subject: str) -> Check:
    arn = a.out[subject]
    cloudtrail = a.client("cloudtrail")
    found = cloudtrail.get_trail(Name=arn)["Trail"]
    logging = cloudtrail.get_trail_status(Name=arn).get("IsLogging")
    facts = {
        "IsLogging": logging,
        "IsMultiRegionTrail": found.get("IsMultiRegionTrail"),
        "LogFileValidationEnabled": found.get("LogFileValidationEnabled"),
    }
    key = found.get("KmsKeyId")
    ok = all(v is True for v in facts.values()) and _same_key(key, a.out.get(out.TRAIL_KMS_KEY_ARN, ""))
    return Check("trail-logging", arn, ok, ", ".join(f"{k}={v}" for k, v in facts.items()) + f", KmsKeyId={key}")


def _trust(check_id: str) -> Callable[[Audit, str], Check]:
    def trust(a: Audit, subject: str) -> Check:
        """The role trusts only its service; a role a service assumes for the account's buckets also pins the
        account with ``aws:SourceAccount``."""
        name, (service, pin_account) = a.out[subject], ROLES[subject]
        document = a.client("iam").get_role(RoleName=name)["Role"]["AssumeRolePolicyDocument"]
        allows = [s for s in iam_documents.statements(document) if s.get("Effect") == "Allow"]
        principals = [s.get("Principal") for s in allows]
        ok = bool(allows) and all(p in ({"Service": service}, {"Service": [service]}) for p in principals)
        detail = f"trusts {json.dumps(principals)}"
        if pin_account:
            account = _account_of(a.out[out.PRIMARY_KMS_KEY_ARN])
            pinned = [iam_documents.condition_requires(s, "aws:SourceAccount", account) for s in allows]
            conditions = json.dumps([s.get("Condition") for s in allows])
            ok = ok and all(pinned)
            detail += (
                f", aws:SourceAccount pinned to {account}"
                if all(pinned)
                else f", aws:SourceAccount not pinned to {account} (conditions {conditions})"
            )
        return Check(check_id, name, ok, detail)

    return trust


def _policies(check_id: str) -> Callable[[Audit, str], Check]:
    def policies(a: Audit, subject: str) -> Check:
        """Inline and attached policies, judged by the policy pack's own ``iam_documents``."""
        name, iam = a.out[subject], a.client("iam")
        found, judged = [], []
        for policy in iam.list_role_policies(RoleName=name)["PolicyNames"]:
            document = iam.get_role_policy(RoleName=name, PolicyName=policy)["PolicyDocument"]
            judged.append(f"inline {policy}")
            found += [f"inline {policy}: {p}" for p in iam_documents.problems(document)]
        for attached in iam.list_attached_role_policies(RoleName=name)["AttachedPolicies"]:
            arn = attached["PolicyArn"]
            if arn.split(":")[4] == "aws" and attached["PolicyName"] in ACCEPTED_MANAGED_POLICIES:
                judged.append(f"AWS-managed {attached['PolicyName']} (accepted)")
                continue
            version = iam.get_policy(PolicyArn=arn)["Policy"]["DefaultVersionId"]
            document = iam.get_policy_version(PolicyArn=arn, VersionId=version)["PolicyVersion"]["Document"]
            judged.append(f"attached {attached['PolicyName']}")
            found += [f"attached {attached['PolicyName']}: {p}" for p in iam_documents.problems(document)]
        detail = "; ".join(found) if found else f"no wildcard action or write on '*' in {', '.join(judged) or 'no policy'}"
        return Check(check_id, name, not found, detail)

    return policies


def _template_versions(a: Audit, template_id: str) -> tuple[str, str]:
    """(default, latest) version numbers of a launch template, read once per audit."""

    def read() -> tuple[str, str]:
        template = a.client("ec2").describe_launch_templates(LaunchTemplateIds=[template_id])["LaunchTemplates"][0]
        return str(template["DefaultVersionNumber"]), str(template.get("LatestVersionNumber"))

    return a.memo(f"lt-versions:{template_id}", read)


def _template(a: Audit, subject: str) -> tuple[str, dict[str, Any]]:
    """(default version, its launch-template data), read once per audit: the lt-* checks judge the default
    version, and asg-launch-template requires the group to launch that version."""
    template_id = a.out[subject]

    def read() -> tuple[str, dict[str, Any]]:
        version, _ = _template_versions(a, template_id)
        versions = a.client("ec2").describe_launch_template_versions(LaunchTemplateId=template_id, Versions=[version])
        data: dict[str, Any] = versions["LaunchTemplateVersions"][0]["LaunchTemplateData"]
        return version, data

    return a.memo(f"lt:{template_id}", read)


def imdsv2(a: Audit, subject: str) -> Check:
    version, lt = _template(a, subject)
    options = lt.get("MetadataOptions", {})
    tokens, hops = options.get("HttpTokens"), options.get("HttpPutResponseHopLimit")
    ok = tokens == "required" and (hops is None or hops <= MAX_HOP_LIMIT)
    return Check("lt-imdsv2", a.out[subject], ok, f"default version {version}: HttpTokens={tokens} hop limit={hops}")


def ebs_encrypted(a: Audit, subject: str) -> Check:
    version, lt = _template(a, subject)
    devices = [(m.get("DeviceName"), m["Ebs"].get("Encrypted")) for m in lt.get("BlockDeviceMappings", []) if "Ebs" in m]
    ok = bool(devices) and all(encrypted is True for _, encrypted in devices)
    return Check("lt-ebs-encrypted", a.out[subject], ok, f"default version {version}: {devices or 'no EBS mapping'}")


def no_public_ip(a: Audit, subject: str) -> Check:
    version, lt = _template(a, subject)
    public = [i.get("AssociatePublicIpAddress") for i in lt.get("NetworkInterfaces", [])]
    ok = bool(public) and all(p is not True for p in public)
    return Check("lt-no-public-ip", a.out[subject], ok, f"default version {version}: AssociatePublicIpAddress={public}")


def _group(a: Audit, subject: str) -> dict[str, Any]:
    name = a.out[subject]

    def read() -> dict[str, Any]:
        groups = a.client("autoscaling").describe_auto_scaling_groups(AutoScalingGroupNames=[name])
        if not groups["AutoScalingGroups"]:
            raise LookupError(f"no auto-scaling group {name}")
        group: dict[str, Any] = groups["AutoScalingGroups"][0]
        return group

    return a.memo(f"asg:{name}", read)


def group_launch_template(a: Audit, subject: str) -> Check:
    """The group launches the stack's template at the version the lt-* checks judged (its default): by number,
    as ``$Default``, or as ``$Latest`` while the latest is the default. Another version is unaudited."""
    spec = _group(a, subject).get("LaunchTemplate") or {}
    template_id, version = spec.get("LaunchTemplateId"), spec.get("Version")
    detail = f"LaunchTemplateId={template_id} Version={version}"
    ok = template_id == a.out[out.LAUNCH_TEMPLATE_ID]
    if ok:
        default, latest = _template_versions(a, a.out[out.LAUNCH_TEMPLATE_ID])
        ok = version in ("$Default", default) or (version == "$Latest" and latest == default)
        if not ok:
            detail += f": not the default version {default} that the lt-* checks judge (latest {latest})"
    return Check("asg-launch-template", a.out[subject], ok, detail)


def group_capacity(a: Audit, subject: str) -> Check:
    g = _group(a, subject)
    size, low, high = len(g.get("Instances", [])), g["MinSize"], g["MaxSize"]
    return Check(
        "asg-capacity",
        a.out[subject],
        low <= size <= high,
        f"{size} instances; min {low}, desired {g['DesiredCapacity']}, max {high}",
    )


def group_in_service(a: Audit, subject: str) -> Check:
    states = [i.get("LifecycleState") for i in _group(a, subject).get("Instances", [])]
    ok = bool(states) and all(s == "InService" for s in states)
    return Check("asg-instances-in-service", a.out[subject], ok, f"states {states or 'none'}")


def group_target_group(a: Audit, subject: str) -> Check:
    arns = _group(a, subject).get("TargetGroupARNs", [])
    return Check("asg-target-group", a.out[subject], a.out[out.TARGET_GROUP_ARN] in arns, f"TargetGroupARNs={arns}")


# The HTTP listener's one action, as the template declares it: a permanent redirect to HTTPS on 443 that keeps
# the host, path and query. ELB fills a component left out with its keyword ("Any components that you do not
# modify retain their original values"), and DescribeListeners answers with every component.
HTTPS_REDIRECT = {
    "Protocol": "HTTPS",
    "Port": "443",
    "StatusCode": "HTTP_301",
    "Host": "#{host}",
    "Path": "/#{path}",
    "Query": "#{query}",
}
_REDIRECT_DEFAULTS = {
    "Protocol": "#{protocol}",
    "Port": "#{port}",
    "Host": "#{host}",
    "Path": "/#{path}",
    "Query": "#{query}",
}


def _serving_rules(a: Audit, listener: dict[str, Any]) -> list[str]:
    """The priorities of a listener's rules (beside its default action) that do anything but redirect to HTTPS:
    on the plain-HTTP listener they serve the request (the pack's lb-listener-tls judges listener rules too)."""
    rules = a.client("elbv2").describe_rules(ListenerArn=listener["ListenerArn"])["Rules"]
    return [
        str(rule.get("Priority"))
        for rule in rules
        if not rule.get("IsDefault")
        and not all(
            x["Type"] == "redirect" and x.get("RedirectConfig", {}).get("Protocol") == "HTTPS" for x in rule["Actions"]
        )
    ]


def _redirects_to_https(actions: list[dict[str, Any]]) -> bool:
    if [x["Type"] for x in actions] != ["redirect"]:
        return False
    config = {**_REDIRECT_DEFAULTS, **actions[0].get("RedirectConfig", {})}
    return all(config.get(k) == v for k, v in HTTPS_REDIRECT.items())


def listeners(a: Audit, subject: str) -> Check:
    lb = a.out[subject]
    found = a.client("elbv2").describe_listeners(LoadBalancerArn=lb)["Listeners"]
    seen = {(item["Port"], item["Protocol"]): item for item in found}
    summary = ", ".join(
        f"{p}/{proto}:{'+'.join(x['Type'] for x in seen[(p, proto)]['DefaultActions'])}" for p, proto in sorted(seen)
    )

    def forwards(item: dict[str, Any]) -> bool:
        if a.out.get(out.CDN_DISTRIBUTION_ID):  # behind CloudFront: alb-origin-guard judges the forwarding rule
            return _refuses(item["DefaultActions"])
        return [x.get("TargetGroupArn") for x in item["DefaultActions"]] == [a.out[out.TARGET_GROUP_ARN]]

    if a.out[out.ALB_URL].startswith("https://"):
        https, http = seen.get((443, "HTTPS")), seen.get((80, "HTTP"))
        redirect = http and _redirects_to_https(http["DefaultActions"])
        serving = _serving_rules(a, http) if http else []
        ok = (
            len(seen) == 2
            and https is not None
            and refuses_below_tls12(https.get("SslPolicy"))
            and forwards(https)
            and bool(redirect)
            and not serving
        )
        expected = (
            "443/HTTPS (TLS 1.2+) forwarding to the target group, 80/HTTP redirecting to HTTPS (no rule serving plain HTTP)"
        )
        extra = f" ssl policy {https.get('SslPolicy')}" if https else ""
        extra += f"; 80/HTTP rules serving plain HTTP: priority {', '.join(serving)}" if serving else ""
    else:
        http = seen.get((80, "HTTP"))
        ok = len(seen) == 1 and http is not None and forwards(http)
        expected = "80/HTTP forwarding to the target group (no certificate)"
        extra = ""
    detail = f"{summary or 'no listeners'}{extra}" + ("" if ok else f"; expected {expected}")
    return Check("alb-listeners", lb, ok, detail)


def target_health(a: Audit, subject: str) -> Check:
    arn = a.out[subject]
    targets = a.client("elbv2").describe_target_health(TargetGroupArn=arn)["TargetHealthDescriptions"]
    states = {t["Target"]["Id"]: t["TargetHealth"]["State"] for t in targets}
    ok = bool(states) and all(s == "healthy" for s in states.values())
    return Check("target-health", arn, ok, f"{states or 'no registered targets'}")


class _HttpOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow a redirect only to another http(s) URL (urllib's own handler also follows ftp:)."""

    def redirect_request(self, req: Any, fp: Any, code: int, msg: str, headers: Any, newurl: str) -> Any:
        if urllib.parse.urlsplit(newurl).scheme not in HTTP_SCHEMES:
            raise urllib.error.HTTPError(newurl, code, f"refused redirect to {newurl}", headers, fp)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _http_only_opener(url: str) -> urllib.request.OpenerDirector:
    """An opener that speaks http and https only (no file:, ftp: or data: handler, bandit B310), for a URL
    taken from the stack outputs; ``ValueError`` for any other scheme."""
    if urllib.parse.urlsplit(url).scheme not in HTTP_SCHEMES:
        raise ValueError(f"refusing to open {url!r}: only http and https URLs from the stack outputs are probed")
    opener = urllib.request.OpenerDirector()
    for handler in (
        urllib.request.HTTPHandler(),
        urllib.request.HTTPSHandler(),
        urllib.request.HTTPDefaultErrorHandler(),
        urllib.request.HTTPErrorProcessor(),
        _HttpOnlyRedirects(),
    ):
        opener.add_handler(handler)
    return opener


def http_health(a: Audit, subject: str) -> Check:
    groups = a.client("elbv2").describe_target_groups(TargetGroupArns=[a.out[out.TARGET_GROUP_ARN]])
    path = groups["TargetGroups"][0].get("HealthCheckPath") or "/"
    url = a.out[subject].rstrip("/") + path
    try:
        with _http_only_opener(url).open(url, timeout=10) as response:
            status = response.status
    except urllib.error.HTTPError as exc:
        status = exc.code
    except (urllib.error.URLError, OSError) as exc:
        return Check("http-health", url, False, f"no response: {getattr(exc, 'reason', exc)}")
    return Check("http-health", url, status == 200, f"HTTP {status}")


def canary(a: Audit, subject: str, interval_s: float = 2.0) -> Check:
    timeout_s = a.canary_timeout or 0.0
    key = f"{CANARY_PREFIX}{time.strftime('%Y%m%dT%H%M%SZ', time.gmtime())}-{uuid.uuid4().hex[:8]}.txt"
    primary, replica = a.out[out.PRIMARY_BUCKET_NAME], a.out[subject]
    a.client("s3").put_object(Bucket=primary, Key=key, Body=b"replication canary from tools.audit\n")
    target = a.client("s3", a.out[out.REPLICA_REGION])
    start, last = time.monotonic(), ""
    while True:
        try:
            head = target.head_object(Bucket=replica, Key=key)
            waited = time.monotonic() - start
            return Check(
                "replication-canary",
                replica,
                True,
                f"{key} replicated in {waited:.0f}s (ReplicationStatus={head.get('ReplicationStatus')})",
            )
        except botocore.exceptions.ClientError as exc:
            # Without s3:ListBucket, S3 answers 403 rather than 404 for a key that is not there yet.
            last = str(exc.response["Error"].get("Code"))
            if last not in ("403", "404", "NoSuchKey", "NotFound", "Forbidden", "AccessDenied"):
                raise
        if time.monotonic() - start >= timeout_s:
            return Check(
                "replication-canary",
                replica,
                False,
                f"timed out: {key} not in {replica} after {timeout_s:.0f}s (last answer {last}; an "
                "emulator that does not replicate, such as moto, always times out)",
            )
        time.sleep(min(interval_s, max(0.0, timeout_s - (time.monotonic() - start))))


# -- the edge (waf, cdn): read only when the stack exports the part (SWITCHED_BY) -----------------------------
MANAGED_RULE_GROUPS = frozenset(
    {"AWSManagedRulesCommonRuleSet", "AWSManagedRulesKnownBadInputsRuleSet", "AWSManagedRulesAmazonIpReputationList"}
)
CLOUDFRONT_ORIGIN_FACING = "com.amazonaws.global.cloudfront.origin-facing"
HTTPS_VIEWERS = ("redirect-to-https", "https-only")
CLOUDFRONT_API_REGION = "us-east-1"


def _web_acl(a: Audit, arn: str) -> dict[str, Any]:
    """The web ACL an ARN names (arn:...:regional/webacl/<name>/<id>), read once per audit."""

    def read() -> dict[str, Any]:
        name, acl_id = arn.split("/")[-2:]
        acl: dict[str, Any] = a.client("wafv2", _region_of(arn)).get_web_acl(Name=name, Scope="REGIONAL", Id=acl_id)[
            "WebACL"
        ]
        return acl

    return a.memo(f"webacl:{arn}", read)


def waf_association(a: Audit, subject: str) -> Check:
    lb = a.out[out.LOAD_BALANCER_ARN]
    found = a.client("wafv2").get_web_acl_for_resource(ResourceArn=lb).get("WebACL") or {}
    return Check(
        "waf-association",
        a.out[subject],
        found.get("ARN") == a.out[subject],
        f"{lb} has web ACL {found.get('ARN') or 'none'}",
    )


def waf_rules(a: Audit, subject: str) -> Check:
    """AWS's three rule groups act (no override to count) and a rate-based rule blocks."""
    rules = _web_acl(a, a.out[subject]).get("Rules", [])
    acting = {
        r["Statement"]["ManagedRuleGroupStatement"]["Name"]
        for r in rules
        if "ManagedRuleGroupStatement" in r.get("Statement", {})
        and "None" in r.get("OverrideAction", {})
        and not r["Statement"]["ManagedRuleGroupStatement"].get("RuleActionOverrides")
    }
    limits = [
        r["Statement"]["RateBasedStatement"].get("Limit")
        for r in rules
        if "RateBasedStatement" in r.get("Statement", {}) and "Block" in r.get("Action", {})
    ]
    missing = sorted(MANAGED_RULE_GROUPS - acting)
    ok = not missing and bool(limits)
    detail = f"managed groups acting: {', '.join(sorted(acting & MANAGED_RULE_GROUPS)) or 'none'}; rate limits {limits}"
    detail += f"; not acting: {', '.join(missing)}" if missing else ""
    return Check("waf-rules", a.out[subject], ok, detail)


def waf_logging(a: Audit, subject: str) -> Check:
    arn = a.out[subject]
    try:
        config = a.client("wafv2", _region_of(arn)).get_logging_configuration(ResourceArn=arn)["LoggingConfiguration"]
    except botocore.exceptions.ClientError as exc:
        if exc.response.get("Error", {}).get("Code") != "WAFNonexistentItemException":
            raise
        return Check("waf-logging", arn, False, "no logging configuration")
    destinations = config.get("LogDestinationConfigs", [])
    ok = bool(destinations) and all(":log-group:aws-waf-logs-" in d for d in destinations)
    return Check("waf-logging", arn, ok, f"logs to {destinations}")


def cdn_viewer_tls(a: Audit, subject: str) -> Check:
    """Every cache behaviour redirects or refuses plain HTTP; viewers need TLS 1.2+, which only a certificate of
    the team's gives (on the default *.cloudfront.net certificate CloudFront negotiates TLSv1)."""
    distribution = a.out[subject]
    config = a.client("cloudfront", CLOUDFRONT_API_REGION).get_distribution_config(Id=distribution)["DistributionConfig"]
    behaviours = [config["DefaultCacheBehavior"], *config.get("CacheBehaviors", {}).get("Items", [])]
    policies = sorted({b.get("ViewerProtocolPolicy") for b in behaviours})
    certificate = config.get("ViewerCertificate", {})
    version = certificate.get("MinimumProtocolVersion")
    default = certificate.get("CloudFrontDefaultCertificate") is True
    tls_ok = not default and isinstance(version, str) and version.startswith(("TLSv1.2_", "TLSv1.3"))
    ok = set(policies) <= set(HTTPS_VIEWERS) and tls_ok
    shown = "the default certificate (TLSv1 and up)" if default else f"MinimumProtocolVersion={version}"
    return Check("cdn-viewer-tls", distribution, ok, f"viewer policies {policies}; {shown}")


def _refuses(actions: list[dict[str, Any]]) -> bool:
    return [x["Type"] for x in actions] == ["fixed-response"] and str(
        actions[0].get("FixedResponseConfig", {}).get("StatusCode")
    ) == "403"


def alb_origin_guard(a: Audit, subject: str) -> Check:
    """Behind CloudFront the load balancer refuses direct traffic: its groups admit nothing but CloudFront's
    origin-facing prefix list, and each listener forwards only on a header condition (the secret, which the
    audit never reads), refusing the rest with 403."""
    lb = a.out[out.LOAD_BALANCER_ARN]
    elb, ec2 = a.client("elbv2"), a.client("ec2")
    groups = elb.describe_load_balancers(LoadBalancerArns=[lb])["LoadBalancers"][0].get("SecurityGroups", [])
    permissions = [
        p for g in ec2.describe_security_groups(GroupIds=groups)["SecurityGroups"] for p in g.get("IpPermissions", [])
    ]
    lists = {pl["PrefixListId"] for p in permissions for pl in p.get("PrefixListIds", [])}
    names = {
        pl["PrefixListId"]: pl.get("PrefixListName")
        for pl in (ec2.describe_managed_prefix_lists(PrefixListIds=sorted(lists))["PrefixLists"] if lists else [])
    }
    others = [p for p in permissions if p.get("IpRanges") or p.get("Ipv6Ranges") or p.get("UserIdGroupPairs")]
    foreign = sorted(n or i for i, n in names.items() if n != CLOUDFRONT_ORIGIN_FACING)
    problems = [f"{len(others)} rule(s) admit other peers"] if others else []
    problems += [f"prefix lists {foreign} are not CloudFront's"] if foreign else []
    problems += [] if lists else ["no ingress from CloudFront's prefix list"]
    for listener in elb.describe_listeners(LoadBalancerArn=lb)["Listeners"]:
        if not _refuses(listener["DefaultActions"]) and not _redirects_to_https(listener["DefaultActions"]):
            problems.append(f"{listener['Port']}/{listener['Protocol']} does not refuse by default")
        rules = [r for r in elb.describe_rules(ListenerArn=listener["ListenerArn"])["Rules"] if not r.get("IsDefault")]
        unguarded = [
            str(r.get("Priority"))
            for r in rules
            if not any(c.get("Field") == "http-header" for c in r.get("Conditions", []))
        ]
        problems += (
            [f"{listener['Port']}/{listener['Protocol']} rules {unguarded} forward without the header"] if unguarded else []
        )
    detail = (
        "; ".join(problems) or f"ingress only from {CLOUDFRONT_ORIGIN_FACING}; listeners refuse requests without the header"
    )
    return Check("alb-origin-guard", a.out[subject], not problems, f"{lb}: {detail}")


# -- the table -------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class CheckSpec:
    """One audit check. It runs once per ``subjects`` output (the resource it judges) and reads ``reads`` too;
    ``actions`` are the IAM actions its API calls need; ``option`` is the flag that enables it (None: always)."""

    id: str
    subjects: tuple[str, ...]
    reads: tuple[str, ...]
    actions: tuple[str, ...]
    run: Callable[[Audit, str], Check]
    option: str | None = None

    @property
    def outputs(self) -> tuple[str, ...]:
        """Every stack output the check needs."""
        return (*self.subjects, *(r for r in self.reads if r not in self.subjects))


_BUCKET_OUTPUTS = tuple(BUCKETS)
_BUCKET_REGIONS = (out.PRIMARY_REGION, out.REPLICA_REGION)
_ROLE_READ = ("iam:GetRole",)
_POLICY_READS = (
    "iam:ListRolePolicies",
    "iam:GetRolePolicy",
    "iam:ListAttachedRolePolicies",
    "iam:GetPolicy",
    "iam:GetPolicyVersion",
)
_LT_READS = ("ec2:DescribeLaunchTemplates", "ec2:DescribeLaunchTemplateVersions")
_ASG_READ = ("autoscaling:DescribeAutoScalingGroups",)
_LT, _ASG, _TG = (out.LAUNCH_TEMPLATE_ID,), (out.AUTO_SCALING_GROUP_NAME,), (out.TARGET_GROUP_ARN,)

CHECKS: tuple[CheckSpec, ...] = (
    CheckSpec("s3-versioning", _BUCKET_OUTPUTS, _BUCKET_REGIONS, ("s3:GetBucketVersioning",), versioning),
    CheckSpec("s3-encryption", _BUCKET_OUTPUTS, (*_BUCKET_REGIONS, *KEYS), ("s3:GetEncryptionConfiguration",), encryption),
    CheckSpec(
        "s3-public-access-block", _BUCKET_OUTPUTS, _BUCKET_REGIONS, ("s3:GetBucketPublicAccessBlock",), public_access_block
    ),
    CheckSpec("s3-ownership", _BUCKET_OUTPUTS, _BUCKET_REGIONS, ("s3:GetBucketOwnershipControls",), ownership),
    CheckSpec("s3-tls-only", _BUCKET_OUTPUTS, _BUCKET_REGIONS, ("s3:GetBucketPolicy",), tls_only),
    CheckSpec(
        "s3-replication",
        (out.PRIMARY_BUCKET_NAME,),
        (out.PRIMARY_REGION, out.REPLICA_BUCKET_NAME, out.REPLICATION_ROLE_NAME, out.REPLICA_KMS_KEY_ARN),
        ("s3:GetReplicationConfiguration", *_ROLE_READ),
        replication,
    ),
    CheckSpec("kms-rotation", KEYS, (), ("kms:GetKeyRotationStatus",), key_rotation),
    CheckSpec("kms-key-policy", KEYS, (), ("kms:GetKeyPolicy",), key_policy),
    CheckSpec(
        "s3-access-logging",
        tuple(ACCESS_LOGGED),
        (*ACCESS_LOGGED.values(), *_BUCKET_REGIONS),
        ("s3:GetBucketLogging",),
        access_logging,
    ),
    CheckSpec(
        "sns-alarm-topic",
        (out.ALARM_TOPIC_ARN,),
        (out.PRIMARY_REGION,),
        ("sns:GetTopicAttributes", "sns:ListSubscriptionsByTopic"),
        alarm_topic,
    ),
    CheckSpec(
        "alarm-actions",
        (out.ALARM_TOPIC_ARN,),
        (out.PRIMARY_REGION, out.LOAD_BALANCER_ARN, *_TG, *_ASG),
        ("cloudwatch:DescribeAlarms",),
        alarm_actions,
    ),
    CheckSpec("dashboard", (out.DASHBOARD_NAME,), (out.PRIMARY_REGION,), ("cloudwatch:GetDashboard",), dashboard),
    CheckSpec("vpc-flow-log", (out.FLOW_LOG_ID,), (out.PRIMARY_REGION, out.VPC_ID), ("ec2:DescribeFlowLogs",), flow_log),
    CheckSpec(
        "budget",
        (out.BUDGET_NAME,),
        (out.ALARM_TOPIC_ARN,),
        ("budgets:ViewBudget",),
        budget,
    ),
    CheckSpec(
        "trail-logging",
        (out.TRAIL_ARN,),
        (out.PRIMARY_REGION, out.TRAIL_KMS_KEY_ARN),
        ("cloudtrail:GetTrail", "cloudtrail:GetTrailStatus"),
        trail,
    ),
    CheckSpec("iam-instance-trust", (out.INSTANCE_ROLE_NAME,), (), _ROLE_READ, _trust("iam-instance-trust")),
    CheckSpec("iam-instance-policies", (out.INSTANCE_ROLE_NAME,), (), _POLICY_READS, _policies("iam-instance-policies")),
    CheckSpec(
        "iam-replication-trust",
        (out.REPLICATION_ROLE_NAME,),
        (out.PRIMARY_KMS_KEY_ARN,),
        _ROLE_READ,
        _trust("iam-replication-trust"),
    ),
    CheckSpec(
        "iam-replication-policies", (out.REPLICATION_ROLE_NAME,), (), _POLICY_READS, _policies("iam-replication-policies")
    ),
    CheckSpec("lt-imdsv2", _LT, (out.PRIMARY_REGION,), _LT_READS, imdsv2),
    CheckSpec("lt-ebs-encrypted", _LT, (out.PRIMARY_REGION,), _LT_READS, ebs_encrypted),
    CheckSpec("lt-no-public-ip", _LT, (out.PRIMARY_REGION,), _LT_READS, no_public_ip),
    CheckSpec(
        "asg-launch-template",
        _ASG,
        (out.PRIMARY_REGION, *_LT),
        (*_ASG_READ, "ec2:DescribeLaunchTemplates"),
        group_launch_template,
    ),
    CheckSpec("asg-capacity", _ASG, (out.PRIMARY_REGION,), _ASG_READ, group_capacity),
    CheckSpec("asg-instances-in-service", _ASG, (out.PRIMARY_REGION,), _ASG_READ, group_in_service),
    CheckSpec("asg-target-group", _ASG, (out.PRIMARY_REGION, *_TG), _ASG_READ, group_target_group),
    CheckSpec(
        "alb-listeners",
        (out.LOAD_BALANCER_ARN,),
        (out.PRIMARY_REGION, out.ALB_URL, *_TG),
        ("elasticloadbalancing:DescribeListeners", "elasticloadbalancing:DescribeRules"),
        listeners,
    ),
    CheckSpec(
        "waf-association",
        (out.WEB_ACL_ARN,),
        (out.PRIMARY_REGION, out.LOAD_BALANCER_ARN),
        ("wafv2:GetWebACLForResource",),
        waf_association,
    ),
    CheckSpec("waf-rules", (out.WEB_ACL_ARN,), (), ("wafv2:GetWebACL",), waf_rules),
    CheckSpec("waf-logging", (out.WEB_ACL_ARN,), (), ("wafv2:GetLoggingConfiguration",), waf_logging),
    CheckSpec("cdn-viewer-tls", (out.CDN_DISTRIBUTION_ID,), (), ("cloudfront:GetDistributionConfig",), cdn_viewer_tls),
    CheckSpec(
        "alb-origin-guard",
        (out.CDN_DISTRIBUTION_ID,),
        (out.PRIMARY_REGION, out.LOAD_BALANCER_ARN),
        (
            "elasticloadbalancing:DescribeLoadBalancers",
            "ec2:DescribeSecurityGroups",
            "ec2:DescribeManagedPrefixLists",
            "elasticloadbalancing:DescribeListeners",
            "elasticloadbalancing:DescribeRules",
        ),
        alb_origin_guard,
    ),
    CheckSpec("target-health", _TG, (out.PRIMARY_REGION,), ("elasticloadbalancing:DescribeTargetHealth",), target_health),
    CheckSpec(
        "http-health",
        (out.ALB_URL,),
        (out.PRIMARY_REGION, *_TG),
        ("elasticloadbalancing:DescribeTargetGroups",),
        http_health,
        option="http",
    ),
    CheckSpec(
        "replication-canary",
        (out.REPLICA_BUCKET_NAME,),
        (out.PRIMARY_BUCKET_NAME, *_BUCKET_REGIONS),
        ("s3:PutObject", "kms:GenerateDataKey", "s3:GetObject"),
        canary,
        option="canary",
    ),
)
"""Every audit check, in report order."""

DEFAULT_CHECK_COUNT = sum(
    len([s for s in spec.subjects if s not in out.EDGE_OUTPUTS]) for spec in CHECKS if spec.option is None
)
"""How many checks a plain audit reports on a stack with waf and cdn off and every operations part on (the
README's count)."""
SWITCHED_CHECK_COUNT = sum(len([s for s in spec.subjects if s in out.EDGE_OUTPUTS]) for spec in CHECKS)
"""How many more it reports with waf and cdn on."""
REQUIRED_OUTPUTS: tuple[str, ...] = tuple(
    name for name in out.STACK_OUTPUTS if name not in out.SWITCHED_OUTPUTS and any(name in spec.outputs for spec in CHECKS)
)
"""The stack outputs the audit needs, in the program's export order."""
OPTIONAL_OUTPUTS: tuple[str, ...] = tuple(
    name for name in out.STACK_OUTPUTS if name in out.SWITCHED_OUTPUTS and any(name in spec.outputs for spec in CHECKS)
)
"""Outputs of switchable parts: null or absent (a stack older than the part) means off; their checks are not run."""
READONLY_ACTIONS = frozenset(a for spec in CHECKS if spec.option != "canary" for a in spec.actions)
"""What tools/audit/iam/audit-readonly.json grants."""
CANARY_ACTIONS = frozenset(a for spec in CHECKS if spec.option == "canary" for a in spec.actions)
"""What tools/audit/iam/audit-canary.json grants."""
