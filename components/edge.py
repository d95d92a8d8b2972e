"""What stands in front of the web tier, one concern per component: ``WebFirewall`` (a regional WAFv2 web ACL
on the load balancer, logging to CloudWatch Logs) and ``Cdn`` (a CloudFront distribution whose only way to the
load balancer is the ``OriginGuard`` that :func:`origin_guard` builds for the web tier).

Both log to a KMS-encrypted, expiring log group through ``_encrypted_log_group`` (a key of its own per group,
made by the key block ``blocks/kms_key.py``: an explicit key policy and an alias). docs/edge.md explains the
choices and their costs.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pulumi
import pulumi_aws as aws

from components import policy_documents as docs
from components.blocks.kms_key import KeyArgs, secure_key
from components.blocks.origin_guard import OriginGuard

ORIGIN_HEADER = "X-Origin-Verify"
CLOUDFRONT_ORIGIN_FACING = "com.amazonaws.global.cloudfront.origin-facing"
"""The AWS-managed prefix list of the addresses CloudFront reaches origins from."""
WAF_LOG_GROUP_PREFIX = "aws-waf-logs-"
"""WAF delivers only to log groups whose name starts so."""
MANAGED_RULE_GROUPS = (
    "AWSManagedRulesCommonRuleSet",
    "AWSManagedRulesKnownBadInputsRuleSet",
    "AWSManagedRulesAmazonIpReputationList",
)
CLOUDFRONT_REGION = "us-east-1"
"""Where CloudFront's log delivery source must live (and so its log group and key)."""
# The AWS-managed policies the distribution uses, looked up by name (their IDs are AWS's, not ours to copy).
CACHE_POLICY = "Managed-CachingDisabled"
"""A dynamic site: CloudFront caches nothing unless the team adds a behaviour for static paths."""
ORIGIN_REQUEST_POLICY = "Managed-AllViewerExceptHostHeader"
"""Every viewer header, cookie and query string reaches the origin, but the Host CloudFront connects with."""
TLS_TO_VIEWERS = "TLSv1.2_2021"


@dataclass(frozen=True)
class LogArgs:
    """Where and how long an edge log group keeps its logs."""

    account_id: pulumi.Input[str]
    partition: str
    retention_days: int
    protect: bool = False


def origin_guard(secret: str) -> OriginGuard:
    """What the web tier needs to accept only this stack's distribution (looked up before the load balancer
    exists, which the distribution then points at)."""
    prefix_list = aws.ec2.get_prefix_list_output(name=CLOUDFRONT_ORIGIN_FACING)
    return OriginGuard(prefix_list_id=prefix_list.id, header_name=ORIGIN_HEADER, secret=pulumi.Output.secret(secret))


def _stem(name: str) -> str:
    """Physical names' stem: unique per stack and component (WAF and log delivery need fixed names)."""
    return f"{pulumi.get_project()}-{pulumi.get_stack()}-{name}"


def _encrypted_log_group(
    parent: pulumi.Resource, name: str, group_name: str, region: str, logs: LogArgs, regional: bool
) -> aws.cloudwatch.LogGroup:
    """A log group under a key of its own (the template's key block: the account root administers it) that
    CloudWatch Logs may use for that group only. ``regional``: the resources carry ``region`` (they live outside
    the stack's aws:region). The alias is ``alias/<name>`` of the log group without the WAF prefix
    (``alias/aws`` is AWS's namespace)."""
    group_arn = pulumi.Output.concat(
        "arn:", logs.partition, ":logs:", region, ":", logs.account_id, ":log-group:", group_name
    )
    key = secure_key(
        f"{name}-key",
        KeyArgs(
            description=f"Encrypts the {group_name} log group",
            account_id=logs.account_id,
            region=region,
            use=lambda _: [
                docs.key_use_by_service(
                    "CloudWatchLogsForThisLogGroup",
                    [f"logs.{region}.amazonaws.com"],
                    ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"],
                    {"ArnEquals": {"kms:EncryptionContext:aws:logs:arn": group_arn}},
                )
            ],
            alias=f"alias/{group_name.removeprefix(WAF_LOG_GROUP_PREFIX)}",
            regional=regional,
            protect=logs.protect,
        ),
        parent=parent,
    )
    return aws.cloudwatch.LogGroup(
        name,
        name=group_name,
        kms_key_id=key.arn,
        retention_in_days=logs.retention_days,
        region=region if regional else None,
        opts=pulumi.ResourceOptions(parent=parent, protect=logs.protect, retain_on_delete=logs.protect),
    )


def _visibility(metric: str) -> aws.wafv2.WebAclVisibilityConfigArgsDict:
    return {"cloudwatch_metrics_enabled": True, "metric_name": metric, "sampled_requests_enabled": True}


@dataclass(frozen=True)
class WebFirewallArgs:
    load_balancer_arn: pulumi.Input[str]
    rate_limit: int
    """Requests per client IP per 5 minutes."""
    region: str
    logs: LogArgs
    behind_cdn: bool = False
    """The client is the first X-Forwarded-For address (CloudFront's address is the source IP)."""


class WebFirewall(pulumi.ComponentResource):
    """A REGIONAL web ACL on the load balancer: a per-client rate limit, then AWS's common, known-bad-inputs and
    IP-reputation rule groups; every request logged to an encrypted log group (the origin secret redacted)."""

    web_acl: aws.wafv2.WebAcl
    log_group: aws.cloudwatch.LogGroup

    def __init__(self, name: str, args: WebFirewallArgs, opts: pulumi.ResourceOptions | None = None) -> None:
        super().__init__("starter:edge:WebFirewall", name, None, opts)
        child = pulumi.ResourceOptions(parent=self)
        rate: aws.wafv2.WebAclRuleStatementRateBasedStatementArgsDict = {
            "limit": args.rate_limit,
            "aggregate_key_type": "IP",
        }
        if args.behind_cdn:
            rate = {
                "limit": args.rate_limit,
                "aggregate_key_type": "FORWARDED_IP",
                "forwarded_ip_config": {"header_name": "X-Forwarded-For", "fallback_behavior": "MATCH"},
            }
        rules: list[aws.wafv2.WebAclRuleArgsDict] = [
            {
                "name": "rate-limit",
                "priority": 0,
                "action": {"block": {}},
                "statement": {"rate_based_statement": rate},
                "visibility_config": _visibility(f"{name}-rate-limit"),
            }
        ]
        for priority, group in enumerate(MANAGED_RULE_GROUPS, start=1):
            rules.append(
                {
                    "name": group,
                    "priority": priority,
                    "override_action": {"none": {}},
                    "statement": {"managed_rule_group_statement": {"vendor_name": "AWS", "name": group}},
                    "visibility_config": _visibility(f"{name}-{group}"),
                }
            )
        self.web_acl = aws.wafv2.WebAcl(
            f"{name}-acl",
            scope="REGIONAL",
            description="Rate limit and AWS managed rules in front of the load balancer",
            default_action={"allow": {}},
            rules=rules,
            visibility_config=_visibility(f"{name}-acl"),
            opts=child,
        )
        aws.wafv2.WebAclAssociation(
            f"{name}-alb", resource_arn=args.load_balancer_arn, web_acl_arn=self.web_acl.arn, opts=child
        )
        group_name = WAF_LOG_GROUP_PREFIX + _stem(name)
        self.log_group = _encrypted_log_group(self, f"{name}-logs", group_name, args.region, args.logs, False)
        aws.wafv2.WebAclLoggingConfiguration(
            f"{name}-logging",
            resource_arn=self.web_acl.arn,
            log_destination_configs=[self.log_group.arn],
            # The origin secret would otherwise sit in every log record of a request from CloudFront.
            redacted_fields=[{"single_header": {"name": ORIGIN_HEADER.lower()}}] if args.behind_cdn else None,
            opts=child,
        )
        self.register_outputs({"webAclArn": self.web_acl.arn, "logGroupName": self.log_group.name})


@dataclass(frozen=True)
class CdnArgs:
    origin_domain: pulumi.Input[str]
    """The load balancer's DNS name, or a name its certificate covers (``origin_https``)."""
    origin_https: bool
    guard: OriginGuard
    logs: LogArgs
    certificate_arn: str | None = None
    """ACM in us-east-1; without one viewers get the default *.cloudfront.net certificate (TLSv1 and up)."""
    aliases: Sequence[str] = ()


class Cdn(pulumi.ComponentResource):
    """A CloudFront distribution in front of the load balancer: viewers on HTTPS only (TLS 1.2+ with a
    certificate of the team's), nothing cached by default, the secret origin header added to every origin
    request, and access logs delivered (logging v2) to an encrypted log group in us-east-1."""

    distribution: aws.cloudfront.Distribution
    log_group: aws.cloudwatch.LogGroup

    def __init__(self, name: str, args: CdnArgs, opts: pulumi.ResourceOptions | None = None) -> None:
        super().__init__("starter:edge:Cdn", name, None, opts)
        child = pulumi.ResourceOptions(parent=self)
        invoke = pulumi.InvokeOptions(parent=self)
        cache = aws.cloudfront.get_cache_policy_output(name=CACHE_POLICY, opts=invoke)
        forwarded = aws.cloudfront.get_origin_request_policy_output(name=ORIGIN_REQUEST_POLICY, opts=invoke)
        certificate: aws.cloudfront.DistributionViewerCertificateArgsDict = {"cloudfront_default_certificate": True}
        if args.certificate_arn is not None:
            certificate = {
                "acm_certificate_arn": args.certificate_arn,
                "ssl_support_method": "sni-only",
                "minimum_protocol_version": TLS_TO_VIEWERS,
            }
        self.distribution = aws.cloudfront.Distribution(
            name,
            enabled=True,
            comment=f"{pulumi.get_project()}-{pulumi.get_stack()} in front of the load balancer",
            aliases=list(args.aliases) or None,
            is_ipv6_enabled=True,
            http_version="http2and3",
            price_class="PriceClass_100",
            origins=[
                {
                    "origin_id": "load-balancer",
                    "domain_name": args.origin_domain,
                    "custom_origin_config": {
                        "http_port": 80,
                        "https_port": 443,
                        "origin_protocol_policy": "https-only" if args.origin_https else "http-only",
                        "origin_ssl_protocols": ["TLSv1.2"],
                    },
                    "custom_headers": [{"name": args.guard.header_name, "value": args.guard.secret}],
                }
            ],
            default_cache_behavior={
                "target_origin_id": "load-balancer",
                "viewer_protocol_policy": "redirect-to-https",
                "allowed_methods": ["GET", "HEAD", "OPTIONS", "PUT", "POST", "PATCH", "DELETE"],
                "cached_methods": ["GET", "HEAD"],
                "cache_policy_id": cache.apply(lambda p: p.id or ""),
                "origin_request_policy_id": forwarded.apply(lambda p: p.id or ""),
                "compress": True,
            },
            restrictions={"geo_restriction": {"restriction_type": "none"}},
            viewer_certificate=certificate,
            opts=child,
        )
        stem = _stem(name)
        self.log_group = _encrypted_log_group(
            self, f"{name}-logs", f"{stem}-access-logs", CLOUDFRONT_REGION, args.logs, True
        )
        source = aws.cloudwatch.LogDeliverySource(
            f"{name}-access-logs",
            name=f"{stem}-source",
            log_type="ACCESS_LOGS",
            resource_arn=self.distribution.arn,
            region=CLOUDFRONT_REGION,
            opts=child,
        )
        destination = aws.cloudwatch.LogDeliveryDestination(
            f"{name}-access-logs",
            name=f"{stem}-destination",
            delivery_destination_configuration={"destination_resource_arn": self.log_group.arn},
            region=CLOUDFRONT_REGION,
            opts=child,
        )
        aws.cloudwatch.LogDelivery(
            f"{name}-access-logs",
            delivery_source_name=source.name,
            delivery_destination_arn=destination.arn,
            region=CLOUDFRONT_REGION,
            opts=child,
        )
        self.register_outputs(
            {
                "distributionId": self.distribution.id,
                "domainName": self.distribution.domain_name,
                "logGroupName": self.log_group.name,
            }
        )
