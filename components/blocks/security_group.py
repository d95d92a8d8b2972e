"""One single-port TCP security-group rule per resource, never inline rules, so each is reviewable."""

from __future__ import annotations

from typing import Literal, TypedDict, Unpack

import pulumi
import pulumi_aws as aws


class Peer(TypedDict, total=False):
    """The other side of a rule: exactly one of these (the rule resources' own argument names)."""

    cidr_ipv4: pulumi.Input[str]
    cidr_ipv6: pulumi.Input[str]
    referenced_security_group_id: pulumi.Input[str]
    prefix_list_id: pulumi.Input[str]


def cidr_peer(cidr: str) -> Peer:
    """The rule argument that names ``cidr`` as the peer: ``cidr_ipv6`` for IPv6 ranges, else ``cidr_ipv4``."""
    return {"cidr_ipv6": cidr} if ":" in cidr else {"cidr_ipv4": cidr}


def allow_tcp(
    name: str,
    direction: Literal["ingress", "egress"],
    security_group_id: pulumi.Input[str],
    port: int,
    description: str,
    opts: pulumi.ResourceOptions,
    **peer: Unpack[Peer],
) -> pulumi.CustomResource:
    """One single-port TCP rule; ``peer`` is ``cidr_ipv4=``, ``cidr_ipv6=``, ``referenced_security_group_id=`` or
    ``prefix_list_id=``."""
    rule = aws.vpc.SecurityGroupIngressRule if direction == "ingress" else aws.vpc.SecurityGroupEgressRule
    return rule(
        name,
        security_group_id=security_group_id,
        description=description,
        ip_protocol="tcp",
        from_port=port,
        to_port=port,
        **peer,
        opts=opts,
    )
