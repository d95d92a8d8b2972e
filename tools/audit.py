"""Post-deploy audit: read-only boto3 checks that what runs in the account is what the template promised,
judged from the live APIs (not from Pulumi's state).

    python -m tools.audit --outputs outputs.json [--endpoint-url URL] [--format text|json] [--http]
        [--canary [--canary-timeout SECONDS]]
    python -m tools.audit --outputs outputs.json --iam-policy readonly|canary   # the CI role's policy

``outputs.json`` is what ``pulumi stack output --json`` prints. Every check reports its evidence. The audit
never writes to the account; ``--canary`` (opt-in) writes one object under ``audit-canary/`` in the primary
bucket and waits, bounded, for it to appear in the replica.

Exit codes: 0 every check passed; 1 at least one failed; 2 bad input (outputs file missing, malformed or
lacking keys, endpoint unreachable, no credentials), reported in one line.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import boto3
import botocore.config
import botocore.exceptions
from starter_shared import iam_documents, iam_managed_policies
from starter_shared import outputs as out
from starter_shared.elb_tls import refuses_below_tls12
from starter_shared.facts import MAX_HOP_LIMIT, PUBLIC_ACCESS_BLOCK_FLAGS, REGION_PATTERN, snake_to_pascal

from tools.cli import OneLineParser, UsageError, read_json

REPO_ROOT = Path(__file__).resolve().parent.parent
EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2
REQUIRED_OUTPUTS = tuple(name for name in out.STACK_OUTPUTS
                         if name not in (out.ALB_DNS_NAME, out.VPC_ID, out.INSTANCE_PROFILE_NAME))
# AWS-managed policies the template attaches on purpose, accepted by name (AWS writes and updates them):
# Session Manager's core policy grants ssm/ec2messages actions on "*", which AWS only grants that way. The
# policy pack accepts the same ones (starter_shared.iam_managed_policies).
ACCEPTED_MANAGED_POLICIES = frozenset(iam_managed_policies.ACCEPTED_MANAGED_POLICIES)
CANARY_PREFIX = "audit-canary/"
IAM_POLICIES = {"readonly": Path(__file__).parent / "iam" / "audit-readonly.json",
                "canary": Path(__file__).parent / "iam" / "audit-canary.json"}
# The IAM action behind each API call the audit makes (S3's names differ from its API). tools/iam/*.json
# grant exactly these; a test checks every call made during an audit run is listed here and granted there.
ACTIONS = {
    "sts.GetCallerIdentity": None,  # needs no permission
    "s3.GetBucketVersioning": "s3:GetBucketVersioning",
    "s3.GetBucketEncryption": "s3:GetEncryptionConfiguration",
    "s3.GetPublicAccessBlock": "s3:GetBucketPublicAccessBlock",
    "s3.GetBucketOwnershipControls": "s3:GetBucketOwnershipControls",
    "s3.GetBucketPolicy": "s3:GetBucketPolicy",
    "s3.GetBucketReplication": "s3:GetReplicationConfiguration",
    "kms.GetKeyRotationStatus": "kms:GetKeyRotationStatus",
    "iam.GetRole": "iam:GetRole",
    "iam.ListRolePolicies": "iam:ListRolePolicies",
    "iam.GetRolePolicy": "iam:GetRolePolicy",
    "iam.ListAttachedRolePolicies": "iam:ListAttachedRolePolicies",
    "iam.GetPolicy": "iam:GetPolicy",
    "iam.GetPolicyVersion": "iam:GetPolicyVersion",
    "ec2.DescribeLaunchTemplates": "ec2:DescribeLaunchTemplates",
    "ec2.DescribeLaunchTemplateVersions": "ec2:DescribeLaunchTemplateVersions",
    "autoscaling.DescribeAutoScalingGroups": "autoscaling:DescribeAutoScalingGroups",
    "elbv2.DescribeListeners": "elasticloadbalancing:DescribeListeners",
    "elbv2.DescribeTargetGroups": "elasticloadbalancing:DescribeTargetGroups",
    "elbv2.DescribeTargetHealth": "elasticloadbalancing:DescribeTargetHealth",
    # --canary only
    "s3.PutObject": "s3:PutObject",
    "s3.HeadObject": "s3:GetObject",
}


class AuditInputError(Exception):
    """Bad input or an account the audit cannot talk to; the message is one line."""


@dataclass(frozen=True)
class Check:
    id: str
    resource: str
    ok: bool
    detail: str




def load_outputs(path: Path) -> dict[str, str]:
    data = read_json(path, "outputs file", AuditInputError, " (write it with `pulumi stack output --json`)")
    if not isinstance(data, dict):
        raise AuditInputError(f"{path}: expected a JSON object of stack outputs, got {type(data).__name__}")
    missing = [k for k in REQUIRED_OUTPUTS if k not in data]
    if missing:
        raise AuditInputError(f"{path}: missing stack outputs {', '.join(missing)}")
    for key in REQUIRED_OUTPUTS:
        value = data[key]
        expected = _expected_shape(key, value)
        if expected:
            raise AuditInputError(f"{path}: {key}: expected {expected}, got {value!r}")
    return {k: data[k] for k in REQUIRED_OUTPUTS}


_ARN = re.compile(r"^arn:aws[a-z-]*:[a-z0-9-]+:[a-z0-9-]*:\d{12}:.+$")


def _expected_shape(key: str, value: Any) -> str | None:
    """What an output should look like, when it does not (None when it does)."""
    if not isinstance(value, str) or not value:
        return "a non-empty string"
    if key.endswith("Region") and not REGION_PATTERN.match(value):
        return "an AWS region name such as eu-west-1"
    if key.endswith("Arn") and not _ARN.match(value):
        return "an ARN (arn:aws:<service>:<region>:<account>:...)"
    if key == "albUrl" and not value.startswith(("http://", "https://")):
        return "an http:// or https:// URL"
    return None


def render_iam_policy(which: str, outputs: dict[str, str]) -> dict[str, Any]:
    """The CI role's policy for this stack: tools/iam/audit-<which>.json with ${output} placeholders filled."""
    values = {**outputs, "accountId": outputs["primaryKmsKeyArn"].split(":")[4]}
    text = re.sub(r"\$\{(\w+)\}", lambda m: values[m.group(1)], IAM_POLICIES[which].read_text())
    return json.loads(text)


def _key_id(key: str | None) -> str:
    """A KMS key's id from its ARN or id ("arn:aws:kms:r:a:key/ID" → "ID")."""
    return (key or "").rsplit("/", 1)[-1]


def _region_of(arn: str) -> str:
    return arn.split(":")[3]


class Audit:
    """The checks, against one deployment's outputs."""

    def __init__(self, outputs: dict[str, str], session: boto3.session.Session, endpoint_url: str | None) -> None:
        self.out = outputs
        self.session = session
        self.endpoint_url = endpoint_url
        self._clients: dict[tuple[str, str], Any] = {}
        self._config = botocore.config.Config(
            connect_timeout=5, read_timeout=30, retries={"max_attempts": 2, "mode": "standard"},
            s3={"addressing_style": "path"} if endpoint_url else None,
        )

    def client(self, service: str, region: str | None = None) -> Any:
        region = region or self.out["primaryRegion"]
        if (service, region) not in self._clients:
            self._clients[(service, region)] = self.session.client(
                service, region_name=region, endpoint_url=self.endpoint_url, config=self._config)
        return self._clients[(service, region)]

    def preflight(self) -> str:
        """Reach the endpoint with the credentials at hand; bad input otherwise."""
        where = self.endpoint_url or f"AWS in {self.out['primaryRegion']}"
        try:
            return self.client("sts").get_caller_identity()["Account"]
        except (botocore.exceptions.NoCredentialsError, botocore.exceptions.PartialCredentialsError):
            raise AuditInputError("no AWS credentials found: set AWS_PROFILE, or AWS_ACCESS_KEY_ID and "
                                  "AWS_SECRET_ACCESS_KEY") from None
        except (botocore.exceptions.ConnectionError, botocore.exceptions.HTTPClientError) as exc:
            raise AuditInputError(f"cannot reach {where}: {exc}") from None
        except botocore.exceptions.ClientError as exc:
            raise AuditInputError(f"{where} refused the credentials: {exc.response['Error'].get('Code')}") from None

    # -- the checks -------------------------------------------------------------------------------------------
    def buckets(self) -> Iterator[tuple[str, str, str]]:
        """(role, name, region) of the three buckets."""
        yield "primary", self.out["primaryBucketName"], self.out["primaryRegion"]
        yield "replica", self.out["replicaBucketName"], self.out["replicaRegion"]
        yield "logs", self.out["logBucketName"], self.out["primaryRegion"]

    def bucket_checks(self, role: str, bucket: str, region: str) -> Iterator[Callable[[], Check]]:
        s3 = self.client("s3", region)

        def versioning() -> Check:
            status = s3.get_bucket_versioning(Bucket=bucket).get("Status", "never enabled")
            return Check("s3-versioning", bucket, status == "Enabled", f"Status={status}")

        def encryption() -> Check:
            rules = s3.get_bucket_encryption(Bucket=bucket)["ServerSideEncryptionConfiguration"]["Rules"]
            default = rules[0].get("ApplyServerSideEncryptionByDefault", {}) if rules else {}
            algorithm, key = default.get("SSEAlgorithm"), default.get("KMSMasterKeyID")
            if role == "logs":  # load-balancer log delivery only supports SSE-S3
                return Check("s3-encryption", bucket, algorithm == "AES256", f"SSEAlgorithm={algorithm} (expected AES256)")
            expected = self.out["primaryKmsKeyArn" if role == "primary" else "replicaKmsKeyArn"]
            ok = algorithm == "aws:kms" and _key_id(key) == _key_id(expected)
            return Check("s3-encryption", bucket, ok, f"SSEAlgorithm={algorithm} KMSMasterKeyID={key} (expected {expected})")

        def public_access_block() -> Check:
            flags = s3.get_public_access_block(Bucket=bucket)["PublicAccessBlockConfiguration"]
            off = [k for k in map(snake_to_pascal, PUBLIC_ACCESS_BLOCK_FLAGS) if flags.get(k) is not True]
            return Check("s3-public-access-block", bucket, not off,
                         "all four flags true" if not off else f"off: {', '.join(off)}")

        def ownership() -> Check:
            rules = s3.get_bucket_ownership_controls(Bucket=bucket)["OwnershipControls"]["Rules"]
            modes = [r.get("ObjectOwnership") for r in rules]
            return Check("s3-ownership", bucket, modes == ["BucketOwnerEnforced"],
                         f"ObjectOwnership={','.join(map(str, modes))}")

        def tls_only() -> Check:
            document = json.loads(s3.get_bucket_policy(Bucket=bucket)["Policy"])
            denying = [s.get("Sid", "?") for s in iam_documents.statements(document)
                       if iam_documents.denies_insecure_transport(s)]
            detail = (f"denies non-TLS in {', '.join(denying)}" if denying
                      else "no statement denies aws:SecureTransport=false")
            return Check("s3-tls-only", bucket, bool(denying), detail)

        yield from (versioning, encryption, public_access_block, ownership, tls_only)

    def replication(self) -> Check:
        primary, replica = self.out["primaryBucketName"], self.out["replicaBucketName"]
        config = self.client("s3").get_bucket_replication(Bucket=primary)["ReplicationConfiguration"]
        role_arn = self.client("iam").get_role(RoleName=self.out["replicationRoleName"])["Role"]["Arn"]
        wanted_key = _key_id(self.out["replicaKmsKeyArn"])
        matching = [
            r for r in config.get("Rules", [])
            if r.get("Status") == "Enabled"
            and r.get("Destination", {}).get("Bucket") == f"arn:aws:s3:::{replica}"
            and _key_id(r.get("Destination", {}).get("EncryptionConfiguration", {}).get("ReplicaKmsKeyID")) == wanted_key
        ]
        ok = bool(matching) and config.get("Role") == role_arn
        detail = (f"rule {matching[0].get('ID')} → {replica} with the replica key, role {config.get('Role')}" if ok else
                  f"rules {[(r.get('ID'), r.get('Status')) for r in config.get('Rules', [])]}, role {config.get('Role')}; "
                  f"expected an Enabled rule to {replica} with key {wanted_key} and role {role_arn}")
        return Check("s3-replication", primary, ok, detail)

    def key_rotation(self, output: str) -> Check:
        arn = self.out[output]
        enabled = self.client("kms", _region_of(arn)).get_key_rotation_status(KeyId=arn)["KeyRotationEnabled"]
        return Check("kms-rotation", arn, enabled is True, f"KeyRotationEnabled={enabled}")

    def instance_trust(self) -> Check:
        name = self.out["instanceRoleName"]
        document = self.client("iam").get_role(RoleName=name)["Role"]["AssumeRolePolicyDocument"]
        allows = [s for s in iam_documents.statements(document) if s.get("Effect") == "Allow"]
        principals = [s.get("Principal") for s in allows]
        ok = bool(allows) and all(p == {"Service": "ec2.amazonaws.com"} or p == {"Service": ["ec2.amazonaws.com"]}
                                  for p in principals)
        return Check("iam-instance-trust", name, ok, f"trusts {json.dumps(principals)}")

    def instance_policies(self) -> Check:
        name = self.out["instanceRoleName"]
        iam = self.client("iam")
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
        return Check("iam-instance-policies", name, not found, detail)

    def launch_template_checks(self) -> Iterator[Callable[[], Check]]:
        template_id = self.out["launchTemplateId"]
        ec2 = self.client("ec2")
        cache: dict[str, Any] = {}

        def data() -> tuple[str, dict[str, Any]]:
            if not cache:
                template = ec2.describe_launch_templates(LaunchTemplateIds=[template_id])["LaunchTemplates"][0]
                version = str(template["DefaultVersionNumber"])
                versions = ec2.describe_launch_template_versions(LaunchTemplateId=template_id, Versions=[version])
                cache["v"] = (version, versions["LaunchTemplateVersions"][0]["LaunchTemplateData"])
            return cache["v"]

        def imdsv2() -> Check:
            version, lt = data()
            options = lt.get("MetadataOptions", {})
            tokens, hops = options.get("HttpTokens"), options.get("HttpPutResponseHopLimit")
            ok = tokens == "required" and (hops is None or hops <= MAX_HOP_LIMIT)
            return Check("lt-imdsv2", template_id, ok, f"default version {version}: HttpTokens={tokens} hop limit={hops}")

        def ebs_encrypted() -> Check:
            version, lt = data()
            devices = [(m.get("DeviceName"), m["Ebs"].get("Encrypted"))
                       for m in lt.get("BlockDeviceMappings", []) if "Ebs" in m]
            ok = bool(devices) and all(encrypted is True for _, encrypted in devices)
            return Check("lt-ebs-encrypted", template_id, ok, f"default version {version}: {devices or 'no EBS mapping'}")

        def no_public_ip() -> Check:
            version, lt = data()
            public = [i.get("AssociatePublicIpAddress") for i in lt.get("NetworkInterfaces", [])]
            ok = bool(public) and all(p is not True for p in public)
            return Check("lt-no-public-ip", template_id, ok, f"default version {version}: AssociatePublicIpAddress={public}")

        yield from (imdsv2, ebs_encrypted, no_public_ip)

    def group_checks(self) -> Iterator[Callable[[], Check]]:
        name = self.out["autoScalingGroupName"]
        cache: dict[str, Any] = {}

        def group() -> dict[str, Any]:
            if not cache:
                groups = self.client("autoscaling").describe_auto_scaling_groups(AutoScalingGroupNames=[name])
                if not groups["AutoScalingGroups"]:
                    raise LookupError(f"no auto-scaling group {name}")
                cache["g"] = groups["AutoScalingGroups"][0]
            return cache["g"]

        def launch_template() -> Check:
            spec = group().get("LaunchTemplate") or {}
            ok = spec.get("LaunchTemplateId") == self.out["launchTemplateId"]
            return Check("asg-launch-template", name, ok,
                         f"LaunchTemplateId={spec.get('LaunchTemplateId')} Version={spec.get('Version')}")

        def capacity() -> Check:
            g = group()
            size, low, high = len(g.get("Instances", [])), g["MinSize"], g["MaxSize"]
            return Check("asg-capacity", name, low <= size <= high,
                         f"{size} instances; min {low}, desired {g['DesiredCapacity']}, max {high}")

        def in_service() -> Check:
            states = [i.get("LifecycleState") for i in group().get("Instances", [])]
            ok = bool(states) and all(s == "InService" for s in states)
            return Check("asg-instances-in-service", name, ok, f"states {states or 'none'}")

        def target_group() -> Check:
            arns = group().get("TargetGroupARNs", [])
            return Check("asg-target-group", name, self.out["targetGroupArn"] in arns, f"TargetGroupARNs={arns}")

        yield from (launch_template, capacity, in_service, target_group)

    def listeners(self) -> Check:
        lb = self.out["loadBalancerArn"]
        found = self.client("elbv2").describe_listeners(LoadBalancerArn=lb)["Listeners"]
        seen = {(item["Port"], item["Protocol"]): item for item in found}
        summary = ", ".join(f"{p}/{proto}:{'+'.join(a['Type'] for a in seen[(p, proto)]['DefaultActions'])}"
                            for p, proto in sorted(seen))

        def forwards(item: dict[str, Any]) -> bool:
            return [a.get("TargetGroupArn") for a in item["DefaultActions"]] == [self.out["targetGroupArn"]]

        if self.out["albUrl"].startswith("https://"):
            https, http = seen.get((443, "HTTPS")), seen.get((80, "HTTP"))
            redirect = http and [a["Type"] for a in http["DefaultActions"]] == ["redirect"] and \
                http["DefaultActions"][0].get("RedirectConfig", {}).get("Protocol") == "HTTPS"
            ok = (len(seen) == 2 and https is not None and refuses_below_tls12(https.get("SslPolicy"))
                  and forwards(https) and bool(redirect))
            expected = "443/HTTPS (TLS 1.2+) forwarding to the target group, 80/HTTP redirecting to HTTPS"
            extra = f" ssl policy {https.get('SslPolicy')}" if https else ""
        else:
            http = seen.get((80, "HTTP"))
            ok = len(seen) == 1 and http is not None and forwards(http)
            expected = "80/HTTP forwarding to the target group (no certificate)"
            extra = ""
        detail = f"{summary or 'no listeners'}{extra}" + ("" if ok else f"; expected {expected}")
        return Check("alb-listeners", lb, ok, detail)

    def target_health(self) -> Check:
        arn = self.out["targetGroupArn"]
        targets = self.client("elbv2").describe_target_health(TargetGroupArn=arn)["TargetHealthDescriptions"]
        states = {t["Target"]["Id"]: t["TargetHealth"]["State"] for t in targets}
        ok = bool(states) and all(s == "healthy" for s in states.values())
        return Check("target-health", arn, ok, f"{states or 'no registered targets'}")

    def http_health(self) -> Check:
        groups = self.client("elbv2").describe_target_groups(TargetGroupArns=[self.out["targetGroupArn"]])
        path = groups["TargetGroups"][0].get("HealthCheckPath") or "/"
        url = self.out["albUrl"].rstrip("/") + path
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                status = response.status
        except urllib.error.HTTPError as exc:
            status = exc.code
        except (urllib.error.URLError, OSError) as exc:
            return Check("http-health", url, False, f"no response: {getattr(exc, 'reason', exc)}")
        return Check("http-health", url, status == 200, f"HTTP {status}")

    def canary(self, timeout_s: float, interval_s: float = 2.0) -> Check:
        key = f"{CANARY_PREFIX}{time.strftime('%Y%m%dT%H%M%SZ', time.gmtime())}-{uuid.uuid4().hex[:8]}.txt"
        primary, replica = self.out["primaryBucketName"], self.out["replicaBucketName"]
        self.client("s3").put_object(Bucket=primary, Key=key, Body=b"replication canary from tools.audit\n")
        target = self.client("s3", self.out["replicaRegion"])
        start, last = time.monotonic(), ""
        while True:
            try:
                head = target.head_object(Bucket=replica, Key=key)
                waited = time.monotonic() - start
                return Check("replication-canary", replica, True,
                             f"{key} replicated in {waited:.0f}s (ReplicationStatus={head.get('ReplicationStatus')})")
            except botocore.exceptions.ClientError as exc:
                # Without s3:ListBucket, S3 answers 403 rather than 404 for a key that is not there yet.
                last = str(exc.response["Error"].get("Code"))
                if last not in ("403", "404", "NoSuchKey", "NotFound", "Forbidden", "AccessDenied"):
                    raise
            if time.monotonic() - start >= timeout_s:
                return Check("replication-canary", replica, False,
                             f"timed out: {key} not in {replica} after {timeout_s:.0f}s (last answer {last}; an "
                             "emulator that does not replicate, such as moto, always times out)")
            time.sleep(min(interval_s, max(0.0, timeout_s - (time.monotonic() - start))))

    def planned(self, http: bool, canary_timeout: float | None) -> list[tuple[str, str, Callable[[], Check]]]:
        """(id, resource, check) in report order; ids and resources name a check even when it errors."""
        plan: list[tuple[str, str, Callable[[], Check]]] = []
        names = ("s3-versioning", "s3-encryption", "s3-public-access-block", "s3-ownership", "s3-tls-only")
        for role, bucket, region in self.buckets():
            plan += [(n, bucket, c) for n, c in zip(names, self.bucket_checks(role, bucket, region), strict=True)]
        plan.append(("s3-replication", self.out["primaryBucketName"], self.replication))
        for output in ("primaryKmsKeyArn", "replicaKmsKeyArn"):
            plan.append(("kms-rotation", self.out[output], lambda o=output: self.key_rotation(o)))
        plan += [("iam-instance-trust", self.out["instanceRoleName"], self.instance_trust),
                 ("iam-instance-policies", self.out["instanceRoleName"], self.instance_policies)]
        lt_names = ("lt-imdsv2", "lt-ebs-encrypted", "lt-no-public-ip")
        plan += [(n, self.out["launchTemplateId"], c) for n, c in zip(lt_names, self.launch_template_checks(), strict=True)]
        asg_names = ("asg-launch-template", "asg-capacity", "asg-instances-in-service", "asg-target-group")
        plan += [(n, self.out["autoScalingGroupName"], c) for n, c in zip(asg_names, self.group_checks(), strict=True)]
        plan += [("alb-listeners", self.out["loadBalancerArn"], self.listeners),
                 ("target-health", self.out["targetGroupArn"], self.target_health)]
        if http:
            plan.append(("http-health", self.out["albUrl"], self.http_health))
        if canary_timeout is not None:
            plan.append(("replication-canary", self.out["replicaBucketName"], lambda: self.canary(canary_timeout)))
        return plan

    def run(self, http: bool = False, canary_timeout: float | None = None) -> list[Check]:
        """Every check; one that errors fails with the error as its evidence, and the others still run."""
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


def render_text(checks: list[Check]) -> str:
    width = max((len(c.id) for c in checks), default=0)
    lines = [f"{'PASS' if c.ok else 'FAIL'}  {c.id.ljust(width)}  {c.resource}  {c.detail}" for c in checks]
    passed = sum(c.ok for c in checks)
    lines.append(f"\n{passed} passed, {len(checks) - passed} failed")
    return "\n".join(lines)


def to_json(checks: list[Check]) -> dict[str, Any]:
    passed = sum(c.ok for c in checks)
    return {"checks": [asdict(c) for c in checks], "summary": {"passed": passed, "failed": len(checks) - passed}}


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser("python -m tools.audit", __doc__)
    parser.add_argument("--outputs", type=Path, required=True, help="JSON from `pulumi stack output --json`")
    parser.add_argument("--endpoint-url", help="send every AWS call here (an emulator such as moto)")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--http", action="store_true", help="also GET the load balancer's health-check path")
    parser.add_argument("--canary", action="store_true",
                        help="write one object to the primary bucket and wait for it in the replica")
    parser.add_argument("--canary-timeout", type=float, default=300.0, metavar="SECONDS",
                        help="how long the canary waits (default 300; S3 replicates most objects in minutes)")
    parser.add_argument("--iam-policy", choices=sorted(IAM_POLICIES),
                        help="print the IAM policy a CI role needs for this stack's audit (no AWS call) and exit")
    return parser


def main(argv: list[str] | None = None, session: boto3.session.Session | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
        endpoint = urllib.parse.urlsplit(args.endpoint_url or "http://placeholder")
        if endpoint.scheme not in ("http", "https") or not endpoint.hostname:
            raise AuditInputError(f"--endpoint-url: got {args.endpoint_url!r}, expected http(s)://host[:port]")
        if args.canary_timeout <= 0:
            raise AuditInputError(f"--canary-timeout: got {args.canary_timeout}, expected a positive number of seconds")
        outputs = load_outputs(args.outputs)
        if args.iam_policy:
            print(json.dumps(render_iam_policy(args.iam_policy, outputs), indent=2))
            return EXIT_OK
        audit = Audit(outputs, session or boto3.session.Session(), args.endpoint_url)
        audit.preflight()
        checks = audit.run(http=args.http, canary_timeout=args.canary_timeout if args.canary else None)
    except (AuditInputError, UsageError) as exc:
        print(f"audit: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(json.dumps(to_json(checks), indent=2) if args.format == "json" else render_text(checks))
    return EXIT_OK if all(c.ok for c in checks) else EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
