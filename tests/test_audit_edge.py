"""The audit's WAF and CDN checks against moto (its own server): a deployment with both parts on, built from
the load balancer of tests/aws_world.py plus the web ACL, log group, logging configuration, distribution and
origin guard the template plans for a dev stack with waf and cdn on (their inputs read from that plan). Every
check passes; each drift fails its own check, and the others still pass. With the parts off (null outputs)
the checks are listed as not run.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import boto3
import pytest
from aws_world import build, fresh_session
from conftest import CERT_ARN, PROJECT, REPO, stack_config
from starter_shared import outputs as out

from tools.audit import checks
from tools.audit import cli as audit
from tools.local_stack.emulator import FAKE_CREDENTIALS, Moto
from tools.offline_preview.engine import ProgramRun, RecordedResource, run_program

P = PROJECT
SECRET = "audit-edge-origin-secret-0123456789abcdef"
EDGE_CONFIG = {
    f"{P}:waf": "true",
    f"{P}:cdn": "true",
    f"{P}:cdnOriginSecret": SECRET,
    f"{P}:certificateArn": CERT_ARN,
    f"{P}:cdnOriginDomain": "origin.example.com",
    f"{P}:cdnCertificateArn": CERT_ARN.replace("eu-west-1", "us-east-1"),
    f"{P}:cdnAliases": json.dumps(["www.example.com"]),
}
EDGE_CHECKS = ("waf-association", "waf-rules", "waf-logging", "cdn-viewer-tls", "alb-origin-guard")


def edge_plan() -> ProgramRun:
    config = {k: v for k, v in stack_config("dev").items() if k != f"{P}:allowedCidrs"}
    config.update(EDGE_CONFIG)
    return run_program(REPO, PROJECT, "dev", config)


def _pascal(value: Any) -> Any:
    """Provider inputs in the WAF API's spelling (camelCase keys to PascalCase; CloudWatch keeps its W)."""
    if isinstance(value, dict):
        return {
            (k[:1].upper() + k[1:]).replace("Cloudwatch", "CloudWatch").replace("Ip", "IP"): _pascal(v)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_pascal(v) for v in value]
    return value


def _one(plan: ProgramRun, *types: str) -> RecordedResource:
    (found,) = plan.of_type(*types)
    return found


def build_edge(endpoint: str, outputs: dict[str, Any], plan: ProgramRun) -> dict[str, Any]:
    """What `pulumi up` of the edge adds to the https world: returns the outputs with the edge's set."""
    region = outputs[out.PRIMARY_REGION]
    session = fresh_session(aws_access_key_id="testing", aws_secret_access_key="testing", region_name=region)
    waf, logs, ec2, elb = (session.client(n, endpoint_url=endpoint) for n in ("wafv2", "logs", "ec2", "elbv2"))
    cloudfront = session.client("cloudfront", endpoint_url=endpoint, region_name="us-east-1")
    lb = outputs[out.LOAD_BALANCER_ARN]

    acl = _one(plan, "aws:wafv2/webAcl:WebAcl").inputs
    created = waf.create_web_acl(
        Name="waf-acl",
        Scope="REGIONAL",
        DefaultAction={"Allow": {}},
        Rules=_pascal(acl["rules"]),
        VisibilityConfig=_pascal(acl["visibilityConfig"]),
    )["Summary"]
    waf.associate_web_acl(WebACLArn=created["ARN"], ResourceArn=lb)
    logging = _one(plan, "aws:wafv2/webAclLoggingConfiguration:WebAclLoggingConfiguration").inputs
    (group,) = [g for g in plan.of_type("aws:cloudwatch/logGroup:LogGroup") if g.inputs["name"].startswith("aws-waf-logs-")]
    logs.create_log_group(logGroupName=group.inputs["name"])
    waf.put_logging_configuration(
        LoggingConfiguration={
            "ResourceArn": created["ARN"],
            "LogDestinationConfigs": [f"arn:aws:logs:{region}:123456789012:log-group:{group.inputs['name']}"],
            "RedactedFields": _pascal(logging.get("redactedFields", [])),
        }
    )

    # The origin guard: CloudFront's prefix list on the ALB group, the serving listener refusing without the header.
    (ingress,) = [
        r.inputs
        for r in plan.of_type("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule")
        if r.inputs.get("prefixListId")
    ]
    lookup = next(a for t, a in plan.invoke_args if t == "aws:ec2/getPrefixList:getPrefixList")
    prefix_list = ec2.create_managed_prefix_list(PrefixListName=lookup["name"], MaxEntries=60, AddressFamily="IPv4")
    (group_id,) = elb.describe_load_balancers(LoadBalancerArns=[lb])["LoadBalancers"][0]["SecurityGroups"]
    ec2.authorize_security_group_ingress(
        GroupId=group_id,
        IpPermissions=[
            {
                "IpProtocol": ingress["ipProtocol"],
                "FromPort": ingress["fromPort"],
                "ToPort": ingress["toPort"],
                "PrefixListIds": [{"PrefixListId": prefix_list["PrefixList"]["PrefixListId"]}],
            }
        ],
    )
    rule = _one(plan, "aws:lb/listenerRule:ListenerRule").inputs
    listener = next(x for x in elb.describe_listeners(LoadBalancerArn=lb)["Listeners"] if x["Port"] == ingress["fromPort"])
    serving = next(x for x in plan.of_type("aws:lb/listener:Listener") if x.inputs["port"] == ingress["fromPort"])
    (refusal,) = serving.inputs["defaultActions"]
    fixed = refusal["fixedResponse"]
    elb.modify_listener(
        ListenerArn=listener["ListenerArn"],
        DefaultActions=[
            {
                "Type": "fixed-response",
                "FixedResponseConfig": {
                    "StatusCode": fixed["statusCode"],
                    "ContentType": fixed["contentType"],
                    "MessageBody": fixed["messageBody"],
                },
            }
        ],
    )
    header = rule["conditions"][0]["httpHeader"]
    elb.create_rule(
        ListenerArn=listener["ListenerArn"],
        Priority=rule["priority"],
        Conditions=[
            {
                "Field": "http-header",
                "HttpHeaderConfig": {"HttpHeaderName": header["httpHeaderName"], "Values": header["values"]},
            }
        ],
        Actions=[{"Type": "forward", "TargetGroupArn": outputs[out.TARGET_GROUP_ARN]}],
    )

    d = _one(plan, "aws:cloudfront/distribution:Distribution").inputs
    (origin,) = d["origins"]
    custom = origin["customOriginConfig"]
    certificate = d["viewerCertificate"]
    distribution = cloudfront.create_distribution(
        DistributionConfig={
            "CallerReference": "audit-edge",
            "Comment": d["comment"],
            "Enabled": True,
            "Aliases": {"Quantity": len(d["aliases"]), "Items": d["aliases"]},
            "Origins": {
                "Quantity": 1,
                "Items": [
                    {
                        "Id": origin["originId"],
                        "DomainName": origin["domainName"],
                        "CustomOriginConfig": {
                            "HTTPPort": custom["httpPort"],
                            "HTTPSPort": custom["httpsPort"],
                            "OriginProtocolPolicy": custom["originProtocolPolicy"],
                            "OriginSslProtocols": {
                                "Quantity": len(custom["originSslProtocols"]),
                                "Items": custom["originSslProtocols"],
                            },
                        },
                        "CustomHeaders": {
                            "Quantity": 1,
                            "Items": [{"HeaderName": h["name"], "HeaderValue": h["value"]} for h in origin["customHeaders"]],
                        },
                    }
                ],
            },
            "DefaultCacheBehavior": {
                "TargetOriginId": d["defaultCacheBehavior"]["targetOriginId"],
                "ViewerProtocolPolicy": d["defaultCacheBehavior"]["viewerProtocolPolicy"],
                "CachePolicyId": d["defaultCacheBehavior"]["cachePolicyId"],
            },
            "ViewerCertificate": {
                "CloudFrontDefaultCertificate": False,
                "ACMCertificateArn": certificate["acmCertificateArn"],
                "SSLSupportMethod": certificate["sslSupportMethod"],
                "MinimumProtocolVersion": certificate["minimumProtocolVersion"],
            },
        }
    )["Distribution"]
    return {
        **outputs,
        out.WEB_ACL_ARN: created["ARN"],
        out.CDN_DISTRIBUTION_ID: distribution["Id"],
        out.CDN_DOMAIN_NAME: distribution["DomainName"],
    }


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    saved = {k: os.environ.get(k) for k in FAKE_CREDENTIALS}
    os.environ.update(FAKE_CREDENTIALS)
    try:
        with Moto() as server:
            plan = edge_plan()
            # moto's state is per process: a suffix keeps these names apart from test_audit.py's world
            outputs = build_edge(server.endpoint, build(server.endpoint, https=True, suffix="-edge"), plan)
            path = tmp_path_factory.mktemp("audit-edge") / "outputs.json"
            path.write_text(json.dumps(outputs))
            session = fresh_session(aws_access_key_id="testing", aws_secret_access_key="testing")
            region = outputs[out.PRIMARY_REGION]
            yield {
                "outputs": outputs,
                "path": path,
                "endpoint": server.endpoint,
                "plan": plan,
                "client": lambda name, r=region: session.client(name, endpoint_url=server.endpoint, region_name=r),
            }
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def run(capsys: pytest.CaptureFixture[str], world: dict[str, Any], path: Path | None = None) -> tuple[int, dict[str, Any]]:
    code = audit.main(
        ["--outputs", str(path or world["path"]), "--endpoint-url", world["endpoint"], "--format", "json"],
        session=boto3.session.Session(),
    )
    text, _ = capsys.readouterr()
    return code, json.loads(text)


def test_the_edge_deployment_passes_every_check(capsys, world):
    code, report = run(capsys, world)
    failed = [c for c in report["checks"] if not c["ok"]]
    assert (code, failed) == (0, [])
    # moto has no budget notifications API, so this world sets no budget: its one check is the only skipped one
    assert [x["output"] for x in report["skipped"]] == [out.BUDGET_NAME]
    assert report["summary"]["passed"] == checks.DEFAULT_CHECK_COUNT + checks.SWITCHED_CHECK_COUNT - 1
    assert {c["id"] for c in report["checks"]} >= set(EDGE_CHECKS)


def test_with_a_part_off_its_checks_are_listed_as_not_run(capsys, world, tmp_path):
    """webAclArn null (waf off): the WAF checks are listed as not run, the rest still run and pass. (cdn off with
    this world's listener refusing by default fails alb-listeners: a load balancer that serves nobody.)"""
    path = tmp_path / "outputs.json"
    path.write_text(json.dumps({**world["outputs"], out.WEB_ACL_ARN: None}))
    code, report = run(capsys, world, path)
    assert code == 0 and report["summary"]["passed"] == checks.DEFAULT_CHECK_COUNT + 2 - 1  # no budget (moto)
    waf = [x for x in report["skipped"] if x["output"] == out.WEB_ACL_ARN]
    assert [x["id"] for x in waf] == list(EDGE_CHECKS[:3]) and len(report["skipped"]) == len(waf) + 1


# -- drift: (check id, apply, revert) against the world's clients --------------------------------------------
def _acl(w: dict[str, Any]) -> tuple[Any, dict[str, Any], str]:
    waf = w["client"]("wafv2")
    name, acl_id = w["outputs"][out.WEB_ACL_ARN].split("/")[-2:]
    got = waf.get_web_acl(Name=name, Scope="REGIONAL", Id=acl_id)
    return waf, got["WebACL"], got["LockToken"]


def _update_rules(w: dict[str, Any], change: Callable[[list[dict[str, Any]]], list[dict[str, Any]]]) -> None:
    waf, acl, token = _acl(w)
    waf.update_web_acl(
        Name=acl["Name"],
        Scope="REGIONAL",
        Id=acl["Id"],
        DefaultAction=acl["DefaultAction"],
        Rules=change(acl["Rules"]),
        VisibilityConfig=acl["VisibilityConfig"],
        LockToken=token,
    )


def _count_common(rules: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {**r, "OverrideAction": {"Count": {}}}
        if r.get("Statement", {}).get("ManagedRuleGroupStatement", {}).get("Name") == "AWSManagedRulesCommonRuleSet"
        else r
        for r in rules
    ]


_SAVED: dict[str, Any] = {}


def _save_rules(w: dict[str, Any]) -> None:
    _SAVED["rules"] = _acl(w)[1]["Rules"]


def _disassociate(w: dict[str, Any]) -> None:
    w["client"]("wafv2").disassociate_web_acl(ResourceArn=w["outputs"][out.LOAD_BALANCER_ARN])


def _associate(w: dict[str, Any]) -> None:
    w["client"]("wafv2").associate_web_acl(
        WebACLArn=w["outputs"][out.WEB_ACL_ARN], ResourceArn=w["outputs"][out.LOAD_BALANCER_ARN]
    )


def _drop_logging(w: dict[str, Any]) -> None:
    waf = w["client"]("wafv2")
    arn = w["outputs"][out.WEB_ACL_ARN]
    _SAVED["logging"] = waf.get_logging_configuration(ResourceArn=arn)["LoggingConfiguration"]
    waf.delete_logging_configuration(ResourceArn=arn)


def _restore_logging(w: dict[str, Any]) -> None:
    w["client"]("wafv2").put_logging_configuration(LoggingConfiguration=_SAVED["logging"])


def _viewer_policy(w: dict[str, Any], policy: str) -> None:
    cloudfront = w["client"]("cloudfront")
    distribution = w["outputs"][out.CDN_DISTRIBUTION_ID]
    got = cloudfront.get_distribution_config(Id=distribution)
    config = got["DistributionConfig"]
    config["DefaultCacheBehavior"]["ViewerProtocolPolicy"] = policy
    cloudfront.update_distribution(Id=distribution, DistributionConfig=config, IfMatch=got["ETag"])


def _alb_group(w: dict[str, Any]) -> str:
    elb = w["client"]("elbv2")
    (group,) = elb.describe_load_balancers(LoadBalancerArns=[w["outputs"][out.LOAD_BALANCER_ARN]])["LoadBalancers"][0][
        "SecurityGroups"
    ]
    return str(group)


_WORLD_OPEN = [{"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443, "IpRanges": [{"CidrIp": "0.0.0.0/0"}]}]

DRIFT = [
    ("waf-association", _disassociate, _associate, "none"),
    (
        "waf-rules",
        lambda w: (_save_rules(w), _update_rules(w, _count_common)),
        lambda w: _update_rules(w, lambda _: _SAVED["rules"]),
        "not acting: AWSManagedRulesCommonRuleSet",
    ),
    ("waf-logging", _drop_logging, _restore_logging, "no logging configuration"),
    (
        "cdn-viewer-tls",
        lambda w: _viewer_policy(w, "allow-all"),
        lambda w: _viewer_policy(w, "redirect-to-https"),
        "allow-all",
    ),
    (
        "alb-origin-guard",
        lambda w: w["client"]("ec2").authorize_security_group_ingress(GroupId=_alb_group(w), IpPermissions=_WORLD_OPEN),
        lambda w: w["client"]("ec2").revoke_security_group_ingress(GroupId=_alb_group(w), IpPermissions=_WORLD_OPEN),
        "admit other peers",
    ),
]


def test_every_edge_check_has_a_drift_case():
    assert sorted(c[0] for c in DRIFT) == sorted(EDGE_CHECKS)
    assert set(EDGE_CHECKS) == {s.id for s in checks.CHECKS if set(s.subjects) & out.EDGE_OUTPUTS}


@pytest.mark.parametrize(("check_id", "apply", "revert", "evidence"), DRIFT, ids=[c[0] for c in DRIFT])
def test_drift_fails_its_check_and_the_others_still_pass(capsys, world, check_id, apply, revert, evidence):
    apply(world)
    try:
        code, report = run(capsys, world)
    finally:
        revert(world)
    failed = [c for c in report["checks"] if not c["ok"]]
    assert code == 1 and [c["id"] for c in failed] == [check_id], failed
    assert evidence in failed[0]["detail"]


def test_drift_cases_were_reverted(capsys, world):
    code, report = run(capsys, world)
    assert code == 0, [c for c in report["checks"] if not c["ok"]]
