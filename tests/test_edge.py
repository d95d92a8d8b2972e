"""The edge (issue 22): the WAF on the load balancer and the optional CloudFront distribution, asserted as
guarantees over whatever each scenario's plan holds. Resources are found by type and followed by the IDs and
ARNs their inputs carry, never by logical name; expected values come from the run's own config.

Each guarantee was broken with one line (then restored) and this module failed; the break and the test that
caught it:

- a managed rule group's override_action ``none`` made ``count`` (the group only counts, never blocks):
  ``test_every_web_acl_blocks_with_the_managed_groups_and_a_rate_limit``
- the association dropped (``if False:``): ``test_waf_guards_every_load_balancer_exactly_when_config_says``
- the log group's kms_key_id dropped: ``test_every_edge_log_group_is_encrypted_by_a_key_only_logs_may_use``
- the ALB group's CloudFront rule given ``cidr_ipv4="0.0.0.0/0"`` beside the prefix list:
  ``test_behind_cdn_only_cloudfront_reaches_the_load_balancer``
- the listener rule's header value made a constant: ``test_behind_cdn_only_cloudfront_reaches_the_load_balancer``
- ``pulumi.Output.secret`` dropped from the guard: ``test_the_origin_secret_is_a_secret_everywhere``
- ``viewer_protocol_policy`` "allow-all": ``test_every_distribution_serves_viewers_https_only_with_tls12``
"""

from __future__ import annotations

import inspect
import json
import re
from collections.abc import Callable
from typing import Any

import pulumi_aws as aws
import pytest
from conftest import CERT_ARN, PROJECT, REPO, stack_config

from components.config import LOG_RETENTION_DAYS, ConfigError, parse_config
from tools.offline_preview.analyzer import PolicyPackProcess, check_run
from tools.offline_preview.engine import ProgramRun, RecordedResource, run_program
from tools.offline_preview.plan import load_policy_config

P = PROJECT
SECRET = "edge-test-origin-secret-0123456789abcdef"
CDN_CERT_ARN = CERT_ARN.replace("eu-west-1", "us-east-1")
ORIGIN_FACING = "com.amazonaws.global.cloudfront.origin-facing"

WEB_ACL = "aws:wafv2/webAcl:WebAcl"
ASSOCIATION = "aws:wafv2/webAclAssociation:WebAclAssociation"
WAF_LOGGING = "aws:wafv2/webAclLoggingConfiguration:WebAclLoggingConfiguration"
LOG_GROUP = "aws:cloudwatch/logGroup:LogGroup"
KEY = "aws:kms/key:Key"
ALIAS = "aws:kms/alias:Alias"
DISTRIBUTION = "aws:cloudfront/distribution:Distribution"
SOURCE = "aws:cloudwatch/logDeliverySource:LogDeliverySource"
DESTINATION = "aws:cloudwatch/logDeliveryDestination:LogDeliveryDestination"
DELIVERY = "aws:cloudwatch/logDelivery:LogDelivery"
LBS = ("aws:lb/loadBalancer:LoadBalancer", "aws:alb/loadBalancer:LoadBalancer")
LISTENERS = ("aws:lb/listener:Listener", "aws:alb/listener:Listener")
LISTENER_RULES = ("aws:lb/listenerRule:ListenerRule", "aws:alb/listenerRule:ListenerRule")
TARGET_GROUPS = ("aws:lb/targetGroup:TargetGroup", "aws:alb/targetGroup:TargetGroup")
SG = "aws:ec2/securityGroup:SecurityGroup"
INGRESS = "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule"
MANAGED_GROUPS = {
    "AWSManagedRulesCommonRuleSet",
    "AWSManagedRulesKnownBadInputsRuleSet",
    "AWSManagedRulesAmazonIpReputationList",
}
HTTPS_VIEWERS = {"redirect-to-https", "https-only"}

_CDN = {f"{P}:cdn": "true", f"{P}:cdnOriginSecret": SECRET}
# name -> (stack file, changes, keys the stack file sets that the scenario removes)
SCENARIOS: dict[str, tuple[str, dict[str, str], tuple[str, ...]]] = {
    "dev": ("dev", {}, ()),
    "prod": ("prod", {}, ()),
    "dev-waf": ("dev", {f"{P}:waf": "true", f"{P}:wafRateLimit": "150"}, ()),
    "dev-cdn": ("dev", {**_CDN}, (f"{P}:allowedCidrs",)),
    "dev-waf-cdn-https": (
        "dev",
        {**_CDN, f"{P}:waf": "true", f"{P}:certificateArn": CERT_ARN, f"{P}:cdnOriginDomain": "origin.example.com"},
        (f"{P}:allowedCidrs",),
    ),
    "prod-cdn": (
        "prod",
        {
            **_CDN,
            f"{P}:cdnCertificateArn": CDN_CERT_ARN,
            f"{P}:cdnAliases": json.dumps(["www.example.com"]),
            f"{P}:cdnOriginDomain": "origin.example.com",
        },
        (f"{P}:allowedCidrs",),
    ),
}
_runs: dict[str, ProgramRun] = {}


def run(name: str) -> ProgramRun:
    if name not in _runs:
        stack, changes, removed = SCENARIOS[name]
        config = {k: v for k, v in stack_config(stack).items() if k not in removed}
        config.update(changes)
        _runs[name] = run_program(REPO, PROJECT, stack, config)
    return _runs[name]


class Plan:
    """A run read as AWS resolves it: resources found by the IDs, ARNs and names other resources carry."""

    def __init__(self, program: ProgramRun) -> None:
        self.run = program
        self.cfg = parse_config(program.config, program.project, program.stack)

    def of(self, *types: str) -> list[RecordedResource]:
        return self.run.of_type(*types)

    def ref(self, value: Any, *types: str, key: str = "arn") -> RecordedResource:
        found = [r for r in self.of(*types) if value is not None and r.outputs.get(key) == value]
        assert len(found) == 1, f"{value!r} names {len(found)} resources of {types} by {key}"
        return found[0]

    def alb(self) -> RecordedResource:
        (alb,) = self.of(*LBS)
        return alb


@pytest.fixture(scope="module")
def plan() -> Callable[[str], Plan]:
    cache: dict[str, Plan] = {}

    def get(name: str) -> Plan:
        if name not in cache:
            cache[name] = Plan(run(name))
        return cache[name]

    return get


def _statement(rule: dict[str, Any], kind: str) -> dict[str, Any] | None:
    value = (rule.get("statement") or {}).get(kind)
    return value if isinstance(value, dict) else None


# -- WAF -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("scenario", list(SCENARIOS))
def test_waf_guards_every_load_balancer_exactly_when_config_says(plan, scenario):
    """waf: true: every load balancer has exactly one web ACL of the plan associated; waf: false: no web ACL at
    all (development stays free of the ~$10/month a web ACL and its rules cost)."""
    p = plan(scenario)
    acls = p.of(WEB_ACL)
    if not p.cfg.waf:
        assert acls == [] and p.of(ASSOCIATION) == [] and p.run.outputs["webAclArn"] is None
        return
    assert acls, "waf: true declares no web ACL"
    for lb in p.of(*LBS):
        links = [a for a in p.of(ASSOCIATION) if a.inputs.get("resourceArn") == lb.outputs["arn"]]
        assert len(links) == 1, f"{lb.urn}: {len(links)} web ACL associations"
        acl = p.ref(links[0].inputs["webAclArn"], WEB_ACL)
        assert acl.inputs["scope"] == "REGIONAL"
    assert p.run.outputs["webAclArn"] in {a.outputs["arn"] for a in acls}


@pytest.mark.parametrize("scenario", [s for s in SCENARIOS if "waf" in s or s == "prod"])
def test_every_web_acl_blocks_with_the_managed_groups_and_a_rate_limit(plan, scenario):
    """The three AWS managed groups act (override none: their own block actions apply, never only counted), a
    rate-based rule blocks above the configured limit per client, every rule and the ACL emit metrics; behind
    CloudFront the client is the forwarded address (the source address is CloudFront's)."""
    p = plan(scenario)
    assert p.cfg.waf
    for acl in p.of(WEB_ACL):
        i = acl.inputs
        assert i["defaultAction"] == {"allow": {}}
        rules = i["rules"]
        assert len({r["priority"] for r in rules}) == len(rules), "WAF refuses two rules of one priority"
        managed = {
            s["name"]: r for r in rules if (s := _statement(r, "managedRuleGroupStatement")) and s.get("vendorName") == "AWS"
        }
        assert set(managed) >= MANAGED_GROUPS
        for name in MANAGED_GROUPS:
            assert managed[name]["overrideAction"] == {"none": {}}, f"{name} only counts"
            assert not _statement(managed[name], "managedRuleGroupStatement").get("ruleActionOverrides")  # type: ignore[union-attr]
        rates = [(r, s) for r in rules if (s := _statement(r, "rateBasedStatement"))]
        assert len(rates) == 1
        rule, rate = rates[0]
        assert rule["action"] == {"block": {}} and rate["limit"] == p.cfg.waf_rate_limit
        if p.cfg.cdn:
            assert rate["aggregateKeyType"] == "FORWARDED_IP"
            assert rate["forwardedIpConfig"]["headerName"].lower() == "x-forwarded-for"
        else:
            assert rate["aggregateKeyType"] == "IP"
        for visible in [i["visibilityConfig"], *(r["visibilityConfig"] for r in rules)]:
            assert visible["cloudwatchMetricsEnabled"] is True and visible["sampledRequestsEnabled"] is True


@pytest.mark.parametrize("scenario", [s for s in SCENARIOS if "waf" in s or s == "prod"])
def test_every_web_acl_logs_to_a_waf_log_group_of_the_plan(plan, scenario):
    """WAF writes only to log groups named aws-waf-logs-*; behind CloudFront the origin header is redacted."""
    p = plan(scenario)
    for acl in p.of(WEB_ACL):
        (logging,) = [c for c in p.of(WAF_LOGGING) if c.inputs["resourceArn"] == acl.outputs["arn"]]
        (destination,) = logging.inputs["logDestinationConfigs"]
        group = p.ref(destination, LOG_GROUP)
        assert group.inputs["name"].startswith("aws-waf-logs-")
        redacted = [f["singleHeader"]["name"] for f in logging.inputs.get("redactedFields", []) if "singleHeader" in f]
        if p.cfg.cdn:
            guard_headers = {r.inputs["conditions"][0]["httpHeader"]["httpHeaderName"] for r in p.of(*LISTENER_RULES)}
            assert {h.lower() for h in guard_headers} <= set(redacted)


@pytest.mark.parametrize("scenario", [s for s in SCENARIOS if s not in ("dev",)])
def test_every_edge_log_group_is_encrypted_by_a_key_only_logs_may_use(plan, scenario):
    """Each edge log group: retention from config; every log group: a customer key of the plan (rotated, aliased,
    protected as the data is) whose policy lets CloudWatch Logs of the group's region use it for that group only."""
    p = plan(scenario)
    edge = [g for g in p.of(LOG_GROUP) if "starter:edge:" in g.urn]  # other parts (flow logs) keep their own
    if not (p.cfg.waf or p.cfg.cdn):
        assert edge == []
        return
    assert edge
    for group in p.of(LOG_GROUP):
        if group in edge:
            assert group.inputs["retentionInDays"] == p.cfg.waf_log_retention_days
        key = p.ref(group.inputs["kmsKeyId"], KEY)
        region = group.outputs["region"]
        assert key.outputs["region"] == region and key.inputs["enableKeyRotation"] is True
        assert (key.protect, key.retain_on_delete) == (p.cfg.protect_data, p.cfg.protect_data)
        assert [a for a in p.of(ALIAS) if a.inputs["targetKeyId"] == key.outputs["keyId"]], f"{key.urn} has no alias"
        policy = json.loads(key.inputs["policy"])
        service = [s for s in policy["Statement"] if s["Principal"] == {"Service": f"logs.{region}.amazonaws.com"}]
        assert len(service) == 1, policy
        assert service[0]["Condition"] == {"ArnEquals": {"kms:EncryptionContext:aws:logs:arn": group.outputs["arn"]}}
        others = [s for s in policy["Statement"] if s not in service]
        assert all(s["Principal"] == {"AWS": f"arn:aws:iam::{group.outputs['arn'].split(':')[4]}:root"} for s in others)


def test_log_retention_choices_are_the_ones_pulumi_aws_documents():
    """LOG_RETENTION_DAYS is what the installed pulumi-aws documents for LogGroup.retention_in_days: an upgrade
    that changes the list fails here."""
    doc = inspect.getdoc(aws.cloudwatch.LogGroupArgs.retention_in_days.fget) or ""  # type: ignore[attr-defined]
    listed = re.search(r"Possible values are: ([\d, and]+)", doc)
    assert listed, doc
    documented = {int(n) for n in re.findall(r"\d+", listed.group(1))}
    assert documented - {0} == set(LOG_RETENTION_DAYS) and 0 in documented


# -- CDN -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("scenario", list(SCENARIOS))
def test_a_distribution_exists_exactly_when_cdn_is_on(plan, scenario):
    p = plan(scenario)
    distributions = p.of(DISTRIBUTION)
    assert len(distributions) == (1 if p.cfg.cdn else 0)
    assert (p.run.outputs["cdnDomainName"] is None) is (not p.cfg.cdn)


CDN_SCENARIOS = [s for s in SCENARIOS if "cdn" in s]


@pytest.mark.parametrize("scenario", CDN_SCENARIOS)
def test_every_distribution_serves_viewers_https_only_with_tls12(plan, scenario):
    """Every cache behaviour redirects or refuses plain HTTP. With cdnCertificateArn: that certificate, SNI and
    TLSv1.2_2021; without one (never in production): the default certificate, on which CloudFront negotiates
    TLSv1 whatever a minimum says (docs/edge.md)."""
    p = plan(scenario)
    (d,) = p.of(DISTRIBUTION)
    behaviours = [d.inputs["defaultCacheBehavior"], *d.inputs.get("orderedCacheBehaviors", [])]
    assert {b["viewerProtocolPolicy"] for b in behaviours} <= HTTPS_VIEWERS
    certificate = d.inputs["viewerCertificate"]
    if p.cfg.cdn_certificate_arn:
        assert certificate["acmCertificateArn"] == p.cfg.cdn_certificate_arn
        assert certificate["minimumProtocolVersion"] == "TLSv1.2_2021" and certificate["sslSupportMethod"] == "sni-only"
        assert d.inputs["aliases"] == list(p.cfg.cdn_aliases)
    else:
        assert not p.cfg.is_production and certificate == {"cloudfrontDefaultCertificate": True}


@pytest.mark.parametrize("scenario", CDN_SCENARIOS)
def test_every_origin_is_the_load_balancer_reached_as_config_says(plan, scenario):
    """One origin, the load balancer: over HTTPS (TLS 1.2) to cdnOriginDomain when the ALB has a certificate,
    else over HTTP to the ALB's own name; it carries the secret header the listener checks."""
    p = plan(scenario)
    (d,) = p.of(DISTRIBUTION)
    (origin,) = d.inputs["origins"]
    custom = origin["customOriginConfig"]
    if p.cfg.https_enabled:
        assert origin["domainName"] == p.cfg.cdn_origin_domain
        assert custom["originProtocolPolicy"] == "https-only" and custom["originSslProtocols"] == ["TLSv1.2"]
    else:
        assert origin["domainName"] == p.alb().outputs["dnsName"] and custom["originProtocolPolicy"] == "http-only"
    assert {h["name"]: h["value"] for h in origin["customHeaders"]} == {_guard_header(p): SECRET}
    behaviour = d.inputs["defaultCacheBehavior"]
    assert behaviour["targetOriginId"] == origin["originId"]


def _guard_header(p: Plan) -> str:
    (rule,) = p.of(*LISTENER_RULES)
    header: str = rule.inputs["conditions"][0]["httpHeader"]["httpHeaderName"]
    return header


def _serving_listener(p: Plan) -> RecordedResource:
    port = 443 if p.cfg.https_enabled else 80
    (listener,) = [r for r in p.of(*LISTENERS) if r.inputs["port"] == port]
    return listener


@pytest.mark.parametrize("scenario", list(SCENARIOS))
def test_behind_cdn_only_cloudfront_reaches_the_load_balancer(plan, scenario):
    """With cdn: the ALB group admits the serving port from CloudFront's origin-facing prefix list only (no CIDR);
    the serving listener answers 403 by default and forwards to the target group only when the secret header
    CloudFront sends matches. Without cdn: no listener rule, no prefix-list peer."""
    p = plan(scenario)
    (alb_group_id,) = p.alb().inputs["securityGroups"]
    ingress = [r.inputs for r in p.of(INGRESS) if r.inputs["securityGroupId"] == alb_group_id]
    rules = p.of(*LISTENER_RULES)
    if not p.cfg.cdn:
        assert rules == [] and not any(i.get("prefixListId") for i in ingress)
        return
    lookups = [a for t, a in p.run.invoke_args if t == "aws:ec2/getPrefixList:getPrefixList"]
    assert [a.get("name") for a in lookups] == [ORIGIN_FACING]
    port = 443 if p.cfg.https_enabled else 80
    assert ingress and all(
        set(i) & {"cidrIpv4", "cidrIpv6", "referencedSecurityGroupId"} == set()
        and i["prefixListId"].startswith("pl-")
        and (i["fromPort"], i["toPort"], i["ipProtocol"]) == (port, port, "tcp")
        for i in ingress
    ), ingress
    listener = _serving_listener(p)
    (default,) = listener.inputs["defaultActions"]
    assert default["type"] == "fixed-response" and default["fixedResponse"]["statusCode"] == "403"
    (rule,) = rules
    assert rule.inputs["listenerArn"] == listener.outputs["arn"]
    (condition,) = rule.inputs["conditions"]
    assert condition["httpHeader"]["values"] == [SECRET]
    (action,) = rule.inputs["actions"]
    (target_group,) = p.of(*TARGET_GROUPS)
    assert action == {"type": "forward", "targetGroupArn": target_group.outputs["arn"]}


@pytest.mark.parametrize("scenario", CDN_SCENARIOS)
def test_the_origin_secret_is_a_secret_everywhere(plan, scenario):
    """The secret reaches AWS only as a secret input (masked in every display of the plan) and no output."""
    p = plan(scenario)
    shown = json.dumps([r.display_inputs() for r in p.run.resources])
    assert SECRET not in shown
    assert SECRET in json.dumps([r.inputs for r in p.run.resources])  # it does reach the two resources
    assert SECRET not in json.dumps(p.run.outputs)


@pytest.mark.parametrize("scenario", CDN_SCENARIOS)
def test_every_distribution_delivers_access_logs_to_an_encrypted_log_group(plan, scenario):
    """CloudFront logging v2: a delivery from a source on the distribution (ACCESS_LOGS) to a destination that
    is a log group of the plan, all in us-east-1 where CloudFront's delivery sources live."""
    p = plan(scenario)
    (d,) = p.of(DISTRIBUTION)
    (source,) = [s for s in p.of(SOURCE) if s.inputs["resourceArn"] == d.outputs["arn"]]
    assert source.inputs["logType"] == "ACCESS_LOGS"
    (delivery,) = [x for x in p.of(DELIVERY) if x.inputs["deliverySourceName"] == source.outputs["name"]]
    destination = p.ref(delivery.inputs["deliveryDestinationArn"], DESTINATION)
    group = p.ref(destination.inputs["deliveryDestinationConfiguration"]["destinationResourceArn"], LOG_GROUP)
    for r in (source, delivery, destination, group):
        assert r.outputs["region"] == "us-east-1"


# -- the pack ------------------------------------------------------------------------------------------------

EDGE_TYPES = {WEB_ACL, ASSOCIATION, WAF_LOGGING, LOG_GROUP, KEY, ALIAS, DISTRIBUTION, SOURCE, DESTINATION, DELIVERY}


def _edge_violations(pack: PolicyPackProcess, p: Plan) -> list[str]:
    config = load_policy_config(REPO / "policies" / "config" / f"{p.run.stack}.json", pack.info())
    by_urn = p.run.by_urn()
    edge = {r.urn for r in p.run.resources if r.type in EDGE_TYPES or "starter:edge:" in r.urn}
    edge |= {r.urn for r in p.of(*LISTENER_RULES, INGRESS, *LISTENERS)}
    return [
        f"{v.level} {v.policy} {v.urn}"
        for v in check_run(pack, p.run, config)
        if v.urn in edge or (v.urn in by_urn and by_urn[v.urn].type in EDGE_TYPES)
    ]


@pytest.mark.parametrize("scenario", ["prod", "dev-waf", "dev-waf-cdn-https"])
def test_the_pack_finds_nothing_in_the_edge(pack, plan, scenario):
    """The production plan (WAF on) and dev with each part on: no violation, mandatory or advisory, on any
    resource of the edge (dev's config allows the default CloudFront certificate)."""
    p = plan(scenario)
    assert _edge_violations(pack, p) == []


def test_the_pack_accepts_a_production_cdn(pack, plan):
    """cloudfront-logging (mandatory in prod's config) accepts the CloudWatch log delivery the Cdn uses."""
    assert _edge_violations(pack, plan("prod-cdn")) == []


# -- config ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "changes",
    [
        {f"{P}:cdn": "true", f"{P}:cdnOriginSecret": "too-short-secret"},  # its own format check
        {f"{P}:cdnOriginSecret": "a-secret-set-while-cdn-is-off-0123456789"},  # the cross-key rule
    ],
)
def test_a_refused_origin_secret_is_never_echoed(changes):
    """The one-line config error names the key and what is expected, never the secret value."""
    config = {**stack_config("dev"), **changes}
    config.pop(f"{P}:allowedCidrs")
    with pytest.raises(ConfigError) as caught:
        parse_config(config, P, "dev")
    (problem,) = [p for p in caught.value.problems if p.startswith(f"{P}:cdnOriginSecret:")]
    assert "not shown: secret" in problem
    assert changes[f"{P}:cdnOriginSecret"] not in str(caught.value)
