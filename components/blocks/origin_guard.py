"""What a load balancer behind CloudFront needs to admit only its distribution: built by components/edge.py
(``origin_guard``), applied by the web tier (ingress from the prefix list, a listener rule on the header)."""

from __future__ import annotations

from dataclasses import dataclass

import pulumi


@dataclass(frozen=True)
class OriginGuard:
    """Ingress only from CloudFront's origin-facing prefix list, and traffic forwarded only when it carries the
    secret header CloudFront adds."""

    prefix_list_id: pulumi.Input[str]
    header_name: str
    secret: pulumi.Output[str]
