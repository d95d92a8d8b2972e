"""Effective state of the exposure and listener rules (issue 9 §1, §5, §6): security groups judged as sets of
ranges across every rule resource of a group, listeners of every load-balancer type and their rules, classic
load balancers and their negotiation policies."""

from __future__ import annotations

import pytest
from forms_helpers import PROVIDER, UNKNOWN, check_case, judge, res

from tools.offline_preview.analyzer import PolicyPackProcess

SG = "aws:ec2/securityGroup:SecurityGroup"
SG_RULE = "aws:ec2/securityGroupRule:SecurityGroupRule"
DEFAULT_SG = "aws:ec2/defaultSecurityGroup:DefaultSecurityGroup"
INGRESS = "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule"
LB, ALB = "aws:lb/loadBalancer:LoadBalancer", "aws:alb/loadBalancer:LoadBalancer"
LISTENER, ALB_LISTENER = "aws:lb/listener:Listener", "aws:alb/listener:Listener"
RULE, ALB_RULE = "aws:lb/listenerRule:ListenerRule", "aws:alb/listenerRule:ListenerRule"
ELB = "aws:elb/loadBalancer:LoadBalancer"
ELB_LB_POLICY = "aws:elb/loadBalancerPolicy:LoadBalancerPolicy"
ELB_LISTENER_POLICY = "aws:elb/listenerPolicy:ListenerPolicy"
ELB_SSL = "aws:elb/sslNegotiationPolicy:SslNegotiationPolicy"
GOOD_TLS = "ELBSecurityPolicy-TLS13-1-2-2021-06"


def group(*ingress):
    return res(SG, "sg", {"vpcId": "vpc-1", "ingress": list(ingress)})


def vpc_rule(name, sg, **props):
    return res(
        INGRESS,
        name,
        {"securityGroupId": UNKNOWN, "ipProtocol": "tcp", "fromPort": 22, "toPort": 22, **props},
        securityGroupId=sg,
    )


def sg_rule(name, sg, **props):
    return res(
        SG_RULE,
        name,
        {"type": "ingress", "securityGroupId": UNKNOWN, "protocol": "tcp", "fromPort": 22, "toPort": 22, **props},
        securityGroupId=sg,
    )


def by_id(name, group_id, cidr):
    """A port-22 ingress rule of the group with this known ID, with no dependency on a group resource."""
    return res(
        INGRESS, name, {"securityGroupId": group_id, "ipProtocol": "tcp", "fromPort": 22, "toPort": 22, "cidrIpv4": cidr}
    )


def split_v4(kind):
    sg = group()
    make = vpc_rule if kind == "vpc" else sg_rule
    key = "cidrIpv4" if kind == "vpc" else "cidrBlocks"
    low, high = ("0.0.0.0/1", "128.0.0.0/1") if kind == "vpc" else (["0.0.0.0/1"], ["128.0.0.0/1"])
    return [sg, make("low", sg, **{key: low}), make("high", sg, **{key: high})]


SSH = {"protocol": "tcp", "fromPort": 22, "toPort": 22}
ALB_PROPS = {
    "loadBalancerType": "application",
    "dropInvalidHeaderFields": True,
    "enableDeletionProtection": True,
    "accessLogs": {"enabled": True, "bucket": "logs"},
}
FORWARD = [{"type": "forward", "targetGroupArn": "arn:tg"}]
REDIRECT = [{"type": "redirect", "redirect": {"protocol": "HTTPS", "port": "443", "statusCode": "HTTP_301"}}]


def balancer(kind="application", token=LB):
    return res(token, "lb", {**ALB_PROPS, "loadBalancerType": kind})


def listener(lb, token=LISTENER, name="listener", **props):
    return res(token, name, {"loadBalancerArn": UNKNOWN, "port": 80, **props}, loadBalancerArn=lb)


def with_rule(listener_props, actions, token=RULE):
    lb = balancer()
    front = listener(lb, **listener_props)
    return [
        lb,
        front,
        res(
            token,
            "rule",
            {
                "listenerArn": UNKNOWN,
                "priority": 10,
                "actions": actions,
                "conditions": [{"pathPattern": {"values": ["/api/*"]}}],
            },
            listenerArn=front,
        ),
    ]


def classic(*listeners, name="elb", **extra):
    return res(
        ELB,
        name,
        {"listeners": list(listeners), "accessLogs": {"bucket": "logs"}, "availabilityZones": ["eu-west-1a"], **extra},
    )


HTTPS_CLASSIC = {
    "lbProtocol": "https",
    "lbPort": 443,
    "instanceProtocol": "http",
    "instancePort": 80,
    "sslCertificateId": "arn:cert",
}


def classic_with_reference(policy_name, port=443, policy_type="SSLNegotiationPolicyType", name="elb"):
    """A classic HTTPS listener on 443 and a LoadBalancerPolicy naming ``policy_name``, attached on ``port``."""
    elb = classic(HTTPS_CLASSIC, name=name)
    lb_policy = res(
        ELB_LB_POLICY,
        f"{name}-tls-policy",
        {
            "loadBalancerName": UNKNOWN,
            "policyName": "tls",
            "policyTypeName": policy_type,
            "policyAttributes": [{"name": "Reference-Security-Policy", "value": policy_name}],
        },
        loadBalancerName=elb,
    )
    attach = res(
        ELB_LISTENER_POLICY,
        f"{name}-attach",
        {"loadBalancerName": UNKNOWN, "loadBalancerPort": port, "policyNames": [UNKNOWN]},
        loadBalancerName=elb,
        policyNames=lb_policy,
    )
    return [elb, lb_policy, attach]


def classic_with_negotiation(attributes, port=443):
    elb = classic(HTTPS_CLASSIC)
    return [elb, res(ELB_SSL, "ssl", {"loadBalancer": UNKNOWN, "lbPort": port, "attributes": attributes}, loadBalancer=elb)]


CASES = [
    # (id, policy, resources, offender or None)
    # sg-no-public-ingress: sets of ranges, any spelling
    ("sg-split-v4-vpc-rules", "sg-no-public-ingress", split_v4("vpc"), "low"),
    ("sg-split-v4-sg-rules", "sg-no-public-ingress", split_v4("sg"), "high"),
    (
        "sg-split-inline",
        "sg-no-public-ingress",
        [group({**SSH, "cidrBlocks": ["0.0.0.0/1"]}, {**SSH, "cidrBlocks": ["128.0.0.0/1"]})],
        "sg",
    ),
    (
        "sg-split-inline-and-rule",
        "sg-no-public-ingress",
        [sg := group({**SSH, "cidrBlocks": ["0.0.0.0/1"]}), vpc_rule("high", sg, cidrIpv4="128.0.0.0/1")],
        "high",
    ),
    (
        "sg-split-v6",
        "sg-no-public-ingress",
        [sg := group(), vpc_rule("a", sg, cidrIpv6="::/1"), vpc_rule("b", sg, cidrIpv6="8000::/1")],
        "a",
    ),
    (
        "sg-split-all-protocols-covers-port",
        "sg-no-public-ingress",
        [sg := group(), vpc_rule("a", sg, cidrIpv4="0.0.0.0/1"), vpc_rule("b", sg, ipProtocol="-1", cidrIpv4="128.0.0.0/1")],
        "a",
    ),
    ("sg-host-bits-spelling", "sg-no-public-ingress", [sg := group(), vpc_rule("a", sg, cidrIpv4="10.1.2.3/0")], "a"),
    ("sg-rule-v6", "sg-no-public-ingress", [sg := group(), sg_rule("a", sg, ipv6CidrBlocks=["::/0"])], "a"),
    (
        "default-sg-inline",
        "sg-no-public-ingress",
        [res(DEFAULT_SG, "default", {"vpcId": "vpc-1", "ingress": [{**SSH, "cidrBlocks": ["0.0.0.0/0"]}]})],
        "default",
    ),
    ("sg-v6-long-spelling", "sg-no-public-ingress", [sg := group(), vpc_rule("a", sg, cidrIpv6="0:0:0:0:0:0:0:0/0")], "a"),
    (
        "sg-protocol-number",
        "sg-no-public-ingress",
        [group({"protocol": "6", "fromPort": 3306, "toPort": 3306, "cidrBlocks": ["0.0.0.0/0"]})],
        "sg",
    ),
    (
        "sg-port-as-string",
        "sg-no-public-ingress",
        [sg := group(), sg_rule("a", sg, fromPort="22", toPort="22", cidrBlocks=["0.0.0.0/0"])],
        "a",
    ),
    (
        "sg-uppercase-type",
        "sg-no-public-ingress",
        [sg := group(), sg_rule("a", sg, type="INGRESS", cidrBlocks=["0.0.0.0/0"])],
        "a",
    ),
    (
        "sg-split-icmp-all-types-covers-one-type",
        "sg-no-public-ingress",
        [
            sg := group(),
            vpc_rule("all", sg, ipProtocol="icmp", fromPort=-1, toPort=-1, cidrIpv4="0.0.0.0/1"),
            vpc_rule("echo", sg, ipProtocol="icmp", fromPort=8, toPort=0, cidrIpv4="128.0.0.0/1"),
        ],
        "echo",
    ),
    # a protocol number and its name are one protocol: the halves of a split range add up across spellings
    *[
        (
            f"sg-split-protocol-{number}-and-{name}",
            "sg-no-public-ingress",
            [
                sg := group(),
                vpc_rule("number", sg, ipProtocol=number, fromPort=ports, toPort=ports, cidrIpv4="0.0.0.0/1"),
                vpc_rule("name", sg, ipProtocol=name, fromPort=ports, toPort=ports, cidrIpv4="128.0.0.0/1"),
            ],
            "number",
        )
        for number, name, ports in (("6", "tcp", 22), ("17", "udp", 53), ("1", "icmp", -1), ("58", "icmpv6", -1))
    ],
    (  # ESP (50) has no ports: AWS opens it whatever fromPort/toPort say, so port 443 is not a public-port rule
        "sg-portless-protocol-on-a-public-port",
        "sg-no-public-ingress",
        [group({"protocol": "50", "fromPort": 443, "toPort": 443, "cidrBlocks": ["0.0.0.0/0"]})],
        "sg",
    ),
    (  # protocol -1 opens every port: port 443 in its range does not make it a public-port rule
        "sg-all-protocols-named-on-a-public-port",
        "sg-no-public-ingress",
        [group({"protocol": "-1", "fromPort": 443, "toPort": 443, "cidrBlocks": ["0.0.0.0/0"]})],
        "sg",
    ),
    # rules that name their group by a known ID (no dependency) are one group, and other IDs other groups
    (
        "sg-split-by-known-group-id",
        "sg-no-public-ingress",
        [by_id("low", "sg-1", "0.0.0.0/1"), by_id("high", "sg-1", "128.0.0.0/1")],
        "low",
    ),
    (
        "sg-split-two-group-ids",
        "sg-no-public-ingress",
        [by_id("low", "sg-1", "0.0.0.0/1"), by_id("high", "sg-2", "128.0.0.0/1")],
        None,
    ),
    (
        "sg-open-rule-after-a-private-one",
        "sg-no-public-ingress",
        [group({**SSH, "cidrBlocks": ["10.0.0.0/8"]}, {**SSH, "cidrBlocks": ["0.0.0.0/0"]})],
        "sg",
    ),
    (
        "sg-open-rule-after-a-public-port",
        "sg-no-public-ingress",
        [
            group(
                {"protocol": "tcp", "fromPort": 443, "toPort": 443, "cidrBlocks": ["0.0.0.0/0"]},
                {**SSH, "cidrBlocks": ["0.0.0.0/0"]},
            )
        ],
        "sg",
    ),
    (
        "sg-split-after-a-public-port",
        "sg-no-public-ingress",
        [
            sg := group(),
            vpc_rule("web", sg, fromPort=443, toPort=443, cidrIpv4="0.0.0.0/0"),
            vpc_rule("low", sg, cidrIpv4="0.0.0.0/1"),
            vpc_rule("high", sg, cidrIpv4="128.0.0.0/1"),
        ],
        "low",
    ),
    (
        "sg-split-after-an-open-rule",
        "sg-no-public-ingress",
        [
            sg := group(),
            vpc_rule("open", sg, fromPort=3389, toPort=3389, cidrIpv4="0.0.0.0/0"),
            vpc_rule("low", sg, cidrIpv4="0.0.0.0/1"),
            vpc_rule("high", sg, cidrIpv4="128.0.0.0/1"),
        ],
        "high",
    ),
    (
        "sg-public-port-range-is-not-public-only",
        "sg-no-public-ingress",
        [group({"protocol": "tcp", "fromPort": 80, "toPort": 443, "cidrBlocks": ["0.0.0.0/0"]})],
        "sg",
    ),
    (  # a range that starts at a public port and runs backwards is not that one public port
        "sg-reversed-range-from-a-public-port",
        "sg-no-public-ingress",
        [group({"protocol": "tcp", "fromPort": 443, "toPort": 80, "cidrBlocks": ["0.0.0.0/0"]})],
        "sg",
    ),
    (  # a group with one rule is skipped, and the groups after it are still judged
        "sg-split-after-a-one-rule-group",
        "sg-no-public-ingress",
        [
            one := res(SG, "one", {"vpcId": "v"}),
            vpc_rule("alone", one, cidrIpv4="10.0.0.0/8"),
            two := res(SG, "two", {"vpcId": "v"}),
            vpc_rule("low", two, cidrIpv4="0.0.0.0/1"),
            vpc_rule("high", two, cidrIpv4="128.0.0.0/1"),
        ],
        "low",
    ),
    (  # resources of other types before the group do not stop the stack half
        "sg-split-after-another-type",
        "sg-no-public-ingress",
        [res("aws:ec2/vpc:Vpc", "vpc", {"cidrBlock": "10.0.0.0/16"}), *split_v4("vpc")],
        "low",
    ),
    (
        "sg-split-range-starting-at-the-port",
        "sg-no-public-ingress",
        [
            sg := group(),
            vpc_rule("low", sg, cidrIpv4="0.0.0.0/1"),
            vpc_rule("high", sg, fromPort=22, toPort=25, cidrIpv4="128.0.0.0/1"),
        ],
        "low",
    ),
    (
        "sg-split-range-ending-at-the-port",
        "sg-no-public-ingress",
        [
            sg := group(),
            vpc_rule("low", sg, cidrIpv4="0.0.0.0/1"),
            vpc_rule("high", sg, fromPort=20, toPort=22, cidrIpv4="128.0.0.0/1"),
        ],
        "low",
    ),
    # passing edges
    (
        "sg-split-range-starting-after-the-port",
        "sg-no-public-ingress",
        [
            sg := group(),
            vpc_rule("low", sg, cidrIpv4="0.0.0.0/1"),
            vpc_rule("high", sg, fromPort=23, toPort=25, cidrIpv4="128.0.0.0/1"),
        ],
        None,
    ),
    (
        "sg-split-range-ending-before-the-port",
        "sg-no-public-ingress",
        [
            sg := group(),
            vpc_rule("low", sg, cidrIpv4="0.0.0.0/1"),
            vpc_rule("high", sg, fromPort=20, toPort=21, cidrIpv4="128.0.0.0/1"),
        ],
        None,
    ),
    (
        "sg-split-two-groups",
        "sg-no-public-ingress",
        [
            a := res(SG, "a", {"vpcId": "v"}),
            b := res(SG, "b", {"vpcId": "v"}),
            vpc_rule("low", a, cidrIpv4="0.0.0.0/1"),
            vpc_rule("high", b, cidrIpv4="128.0.0.0/1"),
        ],
        None,
    ),
    (
        "sg-split-different-ports",
        "sg-no-public-ingress",
        [
            sg := group(),
            vpc_rule("low", sg, cidrIpv4="0.0.0.0/1"),
            vpc_rule("high", sg, fromPort=3389, toPort=3389, cidrIpv4="128.0.0.0/1"),
        ],
        None,
    ),
    (
        "sg-split-tcp-udp",
        "sg-no-public-ingress",
        [
            sg := group(),
            vpc_rule("low", sg, cidrIpv4="0.0.0.0/1"),
            vpc_rule("high", sg, ipProtocol="udp", cidrIpv4="128.0.0.0/1"),
        ],
        None,
    ),
    (
        "sg-almost-everything",
        "sg-no-public-ingress",
        [sg := group(), vpc_rule("low", sg, cidrIpv4="0.0.0.0/1"), vpc_rule("high", sg, cidrIpv4="128.0.0.0/2")],
        None,
    ),
    (
        "sg-public-https-split",
        "sg-no-public-ingress",
        [
            sg := group(),
            vpc_rule("low", sg, fromPort=443, toPort=443, cidrIpv4="0.0.0.0/1"),
            vpc_rule("high", sg, fromPort=443, toPort=443, cidrIpv4="128.0.0.0/1"),
        ],
        None,
    ),
    (
        "sg-from-group",
        "sg-no-public-ingress",
        [sg := group({**SSH, "securityGroups": ["sg-123"]}), vpc_rule("a", sg, referencedSecurityGroupId="sg-9")],
        None,
    ),
    # lb-listener-tls: every load-balancer type and listener rules
    (
        "listener-protocol-lowercase",
        "lb-listener-tls",
        [
            lb := balancer(),
            listener(lb, protocol="https", port=443, sslPolicy="ELBSecurityPolicy-2016-08", defaultActions=FORWARD),
        ],
        "listener",
    ),
    (
        "listener-protocol-lowercase-ok",
        "lb-listener-tls",
        [
            lb := balancer(),
            listener(lb, protocol="https", port=443, sslPolicy=GOOD_TLS, certificateArn="arn:c", defaultActions=FORWARD),
        ],
        None,
    ),
    (
        "listener-lookalike-policy-name",
        "lb-listener-tls",
        [
            lb := balancer(),
            listener(lb, protocol="HTTPS", port=443, sslPolicy="ELBSecurityPolicy-TLS-1-2-Custom", defaultActions=FORWARD),
        ],
        "listener",
    ),
    (
        "listener-fs-1-1",
        "lb-listener-tls",
        [
            lb := balancer(),
            listener(lb, protocol="HTTPS", port=443, sslPolicy="ELBSecurityPolicy-FS-1-1-2019-08", defaultActions=FORWARD),
        ],
        "listener",
    ),
    ("listener-no-protocol-alb", "lb-listener-tls", [lb := balancer(), listener(lb, defaultActions=FORWARD)], "listener"),
    (
        "listener-no-protocol-alb-token",
        "lb-listener-tls",
        [lb := balancer(token=ALB), listener(lb, token=ALB_LISTENER, defaultActions=FORWARD)],
        "listener",
    ),
    ("listener-no-protocol-redirect", "lb-listener-tls", [lb := balancer(), listener(lb, defaultActions=REDIRECT)], None),
    (
        "listener-redirect-lowercase",
        "lb-listener-tls",
        [
            lb := balancer(),
            listener(
                lb,
                protocol="HTTP",
                defaultActions=[{"type": "redirect", "redirect": {"protocol": "https", "statusCode": "HTTP_301"}}],
            ),
        ],
        None,
    ),
    (
        "listener-redirect-keeps-http",
        "lb-listener-tls",
        [
            lb := balancer(),
            listener(
                lb,
                protocol="HTTP",
                defaultActions=[{"type": "redirect", "redirect": {"host": "example.com", "statusCode": "HTTP_301"}}],
            ),
        ],
        "listener",
    ),
    (
        "nlb-tls-weak",
        "lb-listener-tls",
        [
            lb := balancer("network"),
            listener(lb, protocol="TLS", port=443, sslPolicy="ELBSecurityPolicy-2016-08", defaultActions=FORWARD),
        ],
        "listener",
    ),
    (
        "nlb-tls-ok",
        "lb-listener-tls",
        [
            lb := balancer("network"),
            listener(
                lb,
                protocol="TLS",
                port=443,
                sslPolicy="ELBSecurityPolicy-TLS13-1-3-2021-06",
                certificateArn="arn:c",
                defaultActions=FORWARD,
            ),
        ],
        None,
    ),
    (
        "gateway-geneve",
        "lb-listener-tls",
        [lb := balancer("gateway"), listener(lb, protocol="GENEVE", port=6081, defaultActions=FORWARD)],
        None,
    ),
    ("nlb-udp", "lb-listener-tls", [lb := balancer("network"), listener(lb, protocol="UDP", defaultActions=FORWARD)], None),
    ("nlb-tcp", "lb-listener-tls", [lb := balancer("network"), listener(lb, protocol="TCP", defaultActions=FORWARD)], None),
    ("nlb-no-protocol", "lb-listener-tls", [lb := balancer("network"), listener(lb, defaultActions=FORWARD)], None),
    (
        "gwlb-listener",
        "lb-listener-tls",
        [
            lb := balancer("gateway"),
            res(LISTENER, "listener", {"loadBalancerArn": UNKNOWN, "defaultActions": FORWARD}, loadBalancerArn=lb),
        ],
        None,
    ),
    # no protocol: an untyped load balancer is an application one (HTTP); with no load balancer known, a port
    # makes it HTTP and no port a gateway listener
    (
        "listener-no-protocol-untyped-lb",
        "lb-listener-tls",
        [
            lb := res(LB, "lb", {k: v for k, v in ALB_PROPS.items() if k != "loadBalancerType"}),
            listener(lb, defaultActions=FORWARD),
        ],
        "listener",
    ),
    (
        "listener-no-protocol-unlinked-port",
        "lb-listener-tls",
        [res(LISTENER, "listener", {"loadBalancerArn": "arn:lb", "port": 80, "defaultActions": FORWARD})],
        "listener",
    ),
    (
        "listener-no-protocol-unlinked-no-port",
        "lb-listener-tls",
        [res(LISTENER, "listener", {"loadBalancerArn": "arn:lb", "defaultActions": FORWARD})],
        None,
    ),
    (
        "rule-forward-on-http",
        "lb-listener-tls",
        with_rule({"protocol": "HTTP", "defaultActions": REDIRECT}, FORWARD),
        "rule",
    ),
    (
        "rule-forward-on-http-alb-token",
        "lb-listener-tls",
        with_rule({"protocol": "HTTP", "defaultActions": REDIRECT}, FORWARD, token=ALB_RULE),
        "rule",
    ),
    ("rule-forward-on-default-http", "lb-listener-tls", with_rule({"defaultActions": REDIRECT}, FORWARD), "rule"),
    (
        "rule-redirect-on-http",
        "lb-listener-tls",
        with_rule({"protocol": "HTTP", "defaultActions": REDIRECT}, REDIRECT),
        None,
    ),
    (  # a rule on a pass-through listener (no protocol on a network load balancer) is not plain HTTP
        "rule-forward-on-nlb-listener",
        "lb-listener-tls",
        [
            lb := balancer("network"),
            front := listener(lb, defaultActions=FORWARD),
            res(RULE, "rule", {"listenerArn": UNKNOWN, "priority": 10, "actions": FORWARD}, listenerArn=front),
        ],
        None,
    ),
    (
        "rule-forward-on-https",
        "lb-listener-tls",
        with_rule(
            {"protocol": "HTTPS", "port": 443, "sslPolicy": GOOD_TLS, "certificateArn": "c", "defaultActions": FORWARD},
            FORWARD,
        ),
        None,
    ),
    (
        "classic-http",
        "lb-listener-tls",
        [classic({"lbProtocol": "http", "lbPort": 80, "instanceProtocol": "http", "instancePort": 80})],
        "elb",
    ),
    ("classic-https-default-policy", "lb-listener-tls", [classic(HTTPS_CLASSIC)], "elb"),
    (  # a balancer without TLS listeners before it does not end the judgement
        "classic-tcp-then-https-default-policy",
        "lb-listener-tls",
        [
            classic({"lbProtocol": "tcp", "lbPort": 5432, "instanceProtocol": "tcp", "instancePort": 5432}, name="tcp"),
            classic(HTTPS_CLASSIC),
        ],
        "elb",
    ),
    ("classic-https-reference-ok", "lb-listener-tls", classic_with_reference("ELBSecurityPolicy-TLS-1-2-2017-01"), None),
    ("classic-https-reference-old", "lb-listener-tls", classic_with_reference("ELBSecurityPolicy-2016-08"), "elb"),
    # a good policy counts only on the listener's port, and only as an SSL negotiation policy
    (  # another balancer's listener policies, listed first, neither count nor hide this one's
        "classic-https-reference-after-another-balancers",
        "lb-listener-tls",
        [
            *classic_with_reference("ELBSecurityPolicy-2016-08", name="other"),
            *classic_with_reference("ELBSecurityPolicy-TLS-1-2-2017-01"),
        ],
        "other",
    ),
    (
        "classic-https-reference-ok-after-another-balancers",
        "lb-listener-tls",
        [
            *classic_with_reference("ELBSecurityPolicy-TLS-1-2-2017-01", name="other"),
            *classic_with_reference("ELBSecurityPolicy-TLS-1-2-2017-01"),
        ],
        None,
    ),
    (
        "classic-https-reference-on-another-port",
        "lb-listener-tls",
        classic_with_reference("ELBSecurityPolicy-TLS-1-2-2017-01", port=8443),
        "elb",
    ),
    (
        "classic-https-reference-in-another-policy-type",
        "lb-listener-tls",
        classic_with_reference("ELBSecurityPolicy-TLS-1-2-2017-01", policy_type="BackendServerAuthenticationPolicyType"),
        "elb",
    ),
    (
        "classic-ssl-negotiation-on-another-port",
        "lb-listener-tls",
        classic_with_negotiation([{"name": "Reference-Security-Policy", "value": GOOD_TLS}], port=8443),
        "elb",
    ),
    ("classic-ssl-listener-default-policy", "lb-listener-tls", [classic({**HTTPS_CLASSIC, "lbProtocol": "ssl"})], "elb"),
    (
        "classic-ssl-negotiation-ok",
        "lb-listener-tls",
        classic_with_negotiation(
            [{"name": "Protocol-TLSv1.2", "value": "true"}, {"name": "ECDHE-RSA-AES128-GCM-SHA256", "value": "true"}]
        ),
        None,
    ),
    (
        "classic-ssl-negotiation-tls1",
        "lb-listener-tls",
        classic_with_negotiation(
            [{"name": "Protocol-TLSv1.2", "value": "true"}, {"name": "Protocol-TLSv1", "value": "true"}]
        ),
        "elb",
    ),
    (
        "classic-tcp",
        "lb-listener-tls",
        [classic({"lbProtocol": "tcp", "lbPort": 5432, "instanceProtocol": "tcp", "instancePort": 5432})],
        None,
    ),
]


@pytest.mark.parametrize(("policy", "resources", "offender"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_network_rules_judge_the_effective_state(pack: PolicyPackProcess, policy, resources, offender):
    check_case(pack, policy, resources, offender)


def test_classic_load_balancer_without_logs_is_advised(pack: PolicyPackProcess):
    found = [v for v in judge(pack, [classic(HTTPS_CLASSIC, accessLogs=None)]) if v.policy == "lb-hardening"]
    assert [v.level for v in found] == ["advisory"] and "access logs are off" in found[0].message


@pytest.mark.parametrize(
    ("logs", "advised"),
    [
        ({"bucket": "logs"}, False),  # a classic load balancer's logs are on once the block is given
        ({"bucket": "logs", "enabled": True}, False),
        ({"bucket": "logs", "enabled": False}, True),
    ],
)
def test_classic_load_balancer_logs_are_on_unless_switched_off(pack: PolicyPackProcess, logs, advised):
    found = [v for v in judge(pack, [classic(HTTPS_CLASSIC, accessLogs=logs)]) if v.policy == "lb-hardening"]
    assert bool(found) is advised, found


def test_policy_config_reaches_the_stack_halves(pack: PolicyPackProcess):
    """publicPorts and allowHttp are read by the stack half too: a split range on a configured public port, a
    listener whose protocol its load balancer decides, and a rule on a plain-HTTP listener all pass."""
    lb, front, rule = with_rule({"protocol": "HTTP", "defaultActions": REDIRECT}, FORWARD)
    resources = [*split_v4("vpc"), lb, front, rule, listener(lb, name="bare", defaultActions=FORWARD)]

    def fired():
        return {(v.policy, v.urn.rsplit("::", 1)[1]) for v in pack.analyze_stack(resources, PROVIDER)}

    assert fired() == {
        ("sg-no-public-ingress", "low"),
        ("sg-no-public-ingress", "high"),
        ("lb-listener-tls", "bare"),
        ("lb-listener-tls", "rule"),
    }
    pack.configure({"sg-no-public-ingress": {"publicPorts": [22]}, "lb-listener-tls": {"allowHttp": True}})
    try:
        assert fired() == set()
    finally:
        pack.configure({})


def test_unknown_values_in_groups_and_listeners_give_an_advisory_naming_them(pack: PolicyPackProcess):
    sg = group()
    lb = res(LB, "lb", {**ALB_PROPS, "loadBalancerType": UNKNOWN})
    resources = [
        sg,
        vpc_rule("a", sg, cidrIpv4="0.0.0.0/1"),
        vpc_rule("b", sg, cidrIpv4=UNKNOWN),
        lb,
        listener(lb, defaultActions=FORWARD),
    ]
    found = judge(pack, resources)
    assert [v for v in found if v.level == "mandatory"] == []
    stack_advice = {v.policy: v.message for v in pack.analyze_stack(resources, None)}
    assert (
        "b (aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule): its ingress rules"
        in stack_advice["sg-no-public-ingress"]
    )
    assert "listener (aws:lb/listener:Listener): loadBalancerType of its load balancer" in stack_advice["lb-listener-tls"]


def test_split_message_names_every_address_family_covered(pack: PolicyPackProcess):
    sg = group()
    resources = [
        sg,
        vpc_rule("low", sg, cidrIpv4="0.0.0.0/1", cidrIpv6="::/1"),
        vpc_rule("high", sg, cidrIpv4="128.0.0.0/1", cidrIpv6="8000::/1"),
    ]
    found = [v.message for v in pack.analyze_stack(resources, PROVIDER) if v.policy == "sg-no-public-ingress"]
    assert found and all("other rules covers 0.0.0.0/0, ::/0;" in m for m in found), found


def test_a_rule_on_plain_http_names_every_action_that_serves(pack: PolicyPackProcess):
    actions = [*FORWARD, {"type": "fixed-response", "fixedResponse": {"contentType": "text/plain", "statusCode": "200"}}]
    resources = with_rule({"protocol": "HTTP", "defaultActions": REDIRECT}, actions)
    found = [v.message for v in pack.analyze_stack(resources, PROVIDER) if v.policy == "lb-listener-tls"]
    assert len(found) == 1 and "serves traffic (actions: forward, fixed-response);" in found[0], found


def test_a_rule_whose_actions_are_unknown_gives_an_advisory_naming_them(pack: PolicyPackProcess):
    resources = with_rule({"protocol": "HTTP", "defaultActions": REDIRECT}, UNKNOWN)
    advice = {v.policy: v.message for v in pack.analyze_stack(resources, None)}
    assert "rule (aws:lb/listenerRule:ListenerRule): actions" in advice["lb-listener-tls"], advice


def test_a_rule_whose_group_is_unknown_gives_an_advisory_naming_it(pack: PolicyPackProcess):
    rule = res(
        INGRESS,
        "r",
        {"securityGroupId": UNKNOWN, "ipProtocol": "tcp", "fromPort": 22, "toPort": 22, "cidrIpv4": "0.0.0.0/1"},
    )
    advice = {v.policy: v.message for v in pack.analyze_stack([rule], None)}
    assert "r (aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule): securityGroupId" in advice["sg-no-public-ingress"]


@pytest.mark.parametrize(
    ("attributes", "refuses"),
    [
        ([{"name": "Reference-Security-Policy", "value": "ELBSecurityPolicy-TLS-1-2-2017-01"}], True),
        ([{"name": "Reference-Security-Policy", "value": "ELBSecurityPolicy-2016-08"}], False),
        (  # the reference policy decides wherever it stands among the attributes
            [
                {"name": "Protocol-TLSv1.2", "value": "true"},
                {"name": "Reference-Security-Policy", "value": "ELBSecurityPolicy-TLS-1-2-2017-01"},
            ],
            True,
        ),
        (  # the reference policy's value, not that of an attribute whose name sorts after it
            [
                {"name": "Server-Defined-Cipher-Order", "value": "true"},
                {"name": "Reference-Security-Policy", "value": "ELBSecurityPolicy-TLS-1-2-2017-01"},
            ],
            True,
        ),
        ([{"name": "Protocol-TLSv1.2", "value": "true"}], True),
        ([{"name": "Protocol-TLSv1.2", "value": "true"}, {"name": "Protocol-TLSv1.1", "value": "true"}], False),
        ([{"name": "Protocol-TLSv1.2", "value": "true"}, {"name": "Protocol-TLSv1", "value": "true"}], False),
        ([{"name": "Protocol-TLSv1.2", "value": "true"}, {"name": "Protocol-SSLv3", "value": "true"}], False),
        ([{"name": "Protocol-TLSv1.2", "value": "true"}, {"name": "Protocol-SSLv2", "value": "true"}], False),
        ([{"name": "Protocol-TLSv1.2", "value": "true"}, {"name": "Protocol-TLSv1", "value": "false"}], True),
        ([], False),
        ([None, {"name": None}], False),
    ],
)
def test_classic_negotiation_judgement(attributes, refuses):
    from starter_policies.encryption import negotiation_refuses_below_tls12

    assert negotiation_refuses_below_tls12(attributes) is refuses


@pytest.mark.parametrize(
    ("rule", "ports"),
    [
        ({"protocol": "icmp", "fromPort": -1, "toPort": -1}, None),  # ICMP "all types": every port
        ({"protocol": "icmp", "fromPort": -1, "toPort": 0}, (-1, 0)),  # one edge -1 is not "all types"
        ({"protocol": "icmp", "fromPort": 0, "toPort": -1}, (0, -1)),
        ({"protocol": "icmp", "fromPort": -2, "toPort": -1}, (-2, -1)),  # only -1 on both edges is "all types"
        ({"protocol": "icmp", "fromPort": -1, "toPort": -2}, (-1, -2)),
        ({"protocol": "tcp", "fromPort": 22, "toPort": 23}, (22, 23)),
        ({"protocol": "-1", "fromPort": 22, "toPort": 22}, None),  # all protocols: every port
        ({"protocol": "50", "fromPort": 443, "toPort": 443}, None),  # ESP has no ports: AWS opens every port
        ({"protocol": "47", "fromPort": 22, "toPort": 22}, None),  # GRE
        ({"protocol": "17", "fromPort": 53, "toPort": 53}, (53, 53)),  # UDP by number has ports
        ({"protocol": "icmpv6", "fromPort": 128, "toPort": 0}, (128, 0)),
        ({"protocol": "tcp", "fromPort": 22}, None),
        ({"protocol": "tcp", "toPort": 22}, None),
    ],
)
def test_ports_of(rule, ports):
    from starter_policies.network import ports_of

    assert ports_of(rule) == ports


@pytest.mark.parametrize(
    ("rule", "protocol"),
    [
        ({"protocol": " TCP "}, "tcp"),
        ({"ipProtocol": "6"}, "tcp"),  # the vpc.SecurityGroupIngressRule spelling
        ({"protocol": "all"}, "all"),
        ({"ipProtocol": "-1"}, "all"),
        ({"protocol": "50"}, "50"),
        ({}, ""),
    ],
)
def test_protocol_of(rule, protocol):
    from starter_policies.network import protocol_of

    assert protocol_of(rule) == protocol


@pytest.mark.parametrize(
    ("ports", "shown"), [(None, "all ports"), ((22, 22), "port 22"), ((22, 23), "ports 22-23"), ((23, 22), "ports 23-22")]
)
def test_violation_names_the_ports_it_opens(pack: PolicyPackProcess, ports, shown):
    rule = {"protocol": "tcp", "cidrBlocks": ["0.0.0.0/0"]}
    if ports is not None:
        rule.update(fromPort=ports[0], toPort=ports[1])
    found = [v for v in judge(pack, [group(rule)]) if v.policy == "sg-no-public-ingress"]
    assert len(found) == 1 and f"ingress[0] opens {shown} to 0.0.0.0/0" in found[0].message


REDIRECT_TO = {"type": "redirect", "redirect": {"protocol": "HTTPS", "port": "443", "statusCode": "HTTP_301"}}


@pytest.mark.parametrize(
    ("actions", "problem"),
    [
        ([REDIRECT_TO], None),
        ([{**REDIRECT_TO, "type": "REDIRECT", "redirect": {"protocol": " https "}}], None),
        ([{**REDIRECT_TO, "redirect": {"protocol": "HTTP"}}], "default actions: redirect"),  # the wrong protocol
        ([{**REDIRECT_TO, "type": "forward"}], "default actions: forward"),  # the wrong type
        ([REDIRECT_TO, {"type": "forward"}], "default actions: redirect, forward"),  # one serves
        ([], "default actions: none"),
    ],
)
def test_http_default_actions_problem(actions, problem):
    from starter_policies.encryption import http_default_actions_problem

    assert http_default_actions_problem(actions) == problem


@pytest.mark.parametrize(
    ("actions", "serving"),
    [
        ([REDIRECT_TO, {"type": "forward"}, {"type": "fixed-response"}], ["forward", "fixed-response"]),
        ([{"type": "Redirect"}], []),
        ([], []),
    ],
)
def test_rule_serves_traffic(actions, serving):
    from starter_policies.encryption import rule_serves_traffic

    assert rule_serves_traffic(actions) == serving


def test_violation_names_every_address_family_it_opens_to(pack: PolicyPackProcess):
    found = [
        v.message
        for v in judge(pack, [group({**SSH, "cidrBlocks": ["0.0.0.0/0"], "ipv6CidrBlocks": ["::/0"]})])
        if v.policy == "sg-no-public-ingress"
    ]
    assert len(found) == 1 and "ingress[0] opens port 22 to 0.0.0.0/0, ::/0;" in found[0], found


@pytest.mark.parametrize(
    ("rules", "named"),
    [
        # all protocols on half the range covers port 22's other half, not the other way round
        ([("tcp22", {}, "0.0.0.0/1"), ("all", {"ipProtocol": "-1"}, "128.0.0.0/1")], ["tcp22"]),
        # every TCP port on half the range covers port 22's other half, not the other way round
        ([("tcp22", {}, "0.0.0.0/1"), ("tcp-any", {"fromPort": None, "toPort": None}, "128.0.0.0/1")], ["tcp22"]),
        # a portless protocol (ESP, 50) on half the range covers nothing of TCP port 22's other half
        ([("tcp22", {}, "0.0.0.0/1"), ("esp", {"ipProtocol": "50"}, "128.0.0.0/1")], []),
        # a rule open to everyone on its own is the resource half's finding; the stack names the rules it covers
        ([("open", {}, "0.0.0.0/0"), ("private", {}, "10.0.0.0/8")], ["private"]),
        # a rule from another security group opens nothing to the internet, with or without the split
        ([("low", {}, "0.0.0.0/1"), ("high", {}, "128.0.0.0/1"), ("peer", {"cidrIpv4": None}, None)], ["low", "high"]),
    ],
)
def test_split_names_only_the_rules_that_open_a_port_to_everyone(pack: PolicyPackProcess, rules, named):
    sg = group()
    resources = [sg]
    for name, props, cidr in rules:
        extra = {"referencedSecurityGroupId": "sg-9"} if cidr is None else {"cidrIpv4": cidr}
        resources.append(vpc_rule(name, sg, **{**extra, **props}))
    found = [v.urn.rsplit("::", 1)[1] for v in pack.analyze_stack(resources, PROVIDER) if v.policy == "sg-no-public-ingress"]
    assert sorted(found) == sorted(named)


def test_each_open_inline_rule_is_named_on_its_own(pack: PolicyPackProcess):
    """The resource half names every open rule of a group, after a private one or a public port too."""
    sg = group(
        {**SSH, "cidrBlocks": ["10.0.0.0/8"]},
        {"protocol": "tcp", "fromPort": 443, "toPort": 443, "cidrBlocks": ["0.0.0.0/0"]},
        {**SSH, "cidrBlocks": ["::/0"]},
    )
    found = [v.message for v in pack.analyze(sg, PROVIDER) if v.policy == "sg-no-public-ingress"]
    assert len(found) == 1 and "ingress[2] opens port 22 to ::/0" in found[0], found


@pytest.mark.parametrize(
    ("resources", "shown"),
    [
        ([classic({"lbProtocol": "http", "lbPort": 8080, "instanceProtocol": "http", "instancePort": 80})], "port 8080 "),
        ([lb := balancer(), listener(lb, protocol="HTTP", port=8081, defaultActions=FORWARD)], "port 8081 "),
        ([lb := balancer(), listener(lb, port=8082, defaultActions=FORWARD)], "port 8082 "),  # HTTP by default
    ],
)
def test_plain_http_violation_names_its_port(pack: PolicyPackProcess, resources, shown):
    found = [v.message for v in judge(pack, resources) if v.policy == "lb-listener-tls"]
    assert len(found) == 1 and f"plain HTTP on {shown}serves traffic" in found[0], found


@pytest.mark.parametrize(
    ("resources", "named"),
    [
        (
            [lb := balancer(), listener(lb, protocol=UNKNOWN, defaultActions=FORWARD)],
            "listener (aws:lb/listener:Listener): protocol",
        ),
        ([lb := balancer(), listener(lb, defaultActions=UNKNOWN)], "listener (aws:lb/listener:Listener): defaultActions"),
        (
            [res(ELB, "elb", {"listeners": UNKNOWN, "accessLogs": {"bucket": "logs"}})],
            "elb (aws:elb/loadBalancer:LoadBalancer): listeners",
        ),
        (
            classic_with_negotiation(UNKNOWN),
            "elb (aws:elb/loadBalancer:LoadBalancer): its SSL negotiation policies",
        ),
        (  # a rule on a listener whose load balancer's type is unknown: the listener's protocol is unseen
            [
                lb := res(LB, "lb", {**ALB_PROPS, "loadBalancerType": UNKNOWN}),
                front := listener(lb, defaultActions=REDIRECT),
                res(RULE, "rule", {"listenerArn": UNKNOWN, "priority": 10, "actions": FORWARD}, listenerArn=front),
            ],
            "listener (aws:lb/listener:Listener): protocol",
        ),
    ],
)
def test_unknown_listener_values_give_an_advisory_naming_them(pack: PolicyPackProcess, resources, named):
    found = judge(pack, resources)
    assert [v for v in found if v.level == "mandatory"] == []
    advice = {v.policy: v.message for v in pack.analyze_stack(resources, None)}
    assert named in advice["lb-listener-tls"], advice
