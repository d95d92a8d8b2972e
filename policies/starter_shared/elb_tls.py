"""ELB security policies that refuse every protocol below TLS 1.2: an explicit allow-list, not a name pattern.

Source: AWS Elastic Load Balancing documentation, "Security policies for your Application Load Balancer"
and "Security policies for your Network Load Balancer" (docs.aws.amazon.com/elasticloadbalancing/latest/
application/describe-ssl-policies.html and .../network/describe-ssl-policies.html), read 2026-11-27. A policy
is listed when its protocol table has no TLSv1 or TLSv1.1. Policies AWS adds later are refused until they
are added here: update this table (and its date) when AWS publishes new ones.
"""

from __future__ import annotations

TLS12_POLICIES: frozenset[str] = frozenset(
    {
        # TLS 1.3 and 1.2
        "ELBSecurityPolicy-TLS13-1-2-2021-06",
        "ELBSecurityPolicy-TLS13-1-2-Res-2021-06",
        "ELBSecurityPolicy-TLS13-1-2-Ext1-2021-06",
        "ELBSecurityPolicy-TLS13-1-2-Ext2-2021-06",
        # TLS 1.3 only
        "ELBSecurityPolicy-TLS13-1-3-2021-06",
        # FIPS
        "ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04",
        "ELBSecurityPolicy-TLS13-1-2-Res-FIPS-2023-04",
        "ELBSecurityPolicy-TLS13-1-2-Ext0-FIPS-2023-04",
        "ELBSecurityPolicy-TLS13-1-2-Ext1-FIPS-2023-04",
        "ELBSecurityPolicy-TLS13-1-2-Ext2-FIPS-2023-04",
        "ELBSecurityPolicy-TLS13-1-3-FIPS-2023-04",
        # Hybrid post-quantum key exchange (2025-09)
        "ELBSecurityPolicy-TLS13-1-2-PQ-2025-09",
        "ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09",
        "ELBSecurityPolicy-TLS13-1-2-Ext1-PQ-2025-09",
        "ELBSecurityPolicy-TLS13-1-2-Ext2-PQ-2025-09",
        "ELBSecurityPolicy-TLS13-1-3-PQ-2025-09",
        "ELBSecurityPolicy-TLS13-1-2-FIPS-PQ-2025-09",
        "ELBSecurityPolicy-TLS13-1-2-Res-FIPS-PQ-2025-09",
        "ELBSecurityPolicy-TLS13-1-2-Ext0-FIPS-PQ-2025-09",
        "ELBSecurityPolicy-TLS13-1-2-Ext1-FIPS-PQ-2025-09",
        "ELBSecurityPolicy-TLS13-1-2-Ext2-FIPS-PQ-2025-09",
        "ELBSecurityPolicy-TLS13-1-3-FIPS-PQ-2025-09",
        # TLS 1.2 only (older families)
        "ELBSecurityPolicy-TLS-1-2-2017-01",
        "ELBSecurityPolicy-TLS-1-2-Ext-2018-06",
        "ELBSecurityPolicy-FS-1-2-2019-08",
        "ELBSecurityPolicy-FS-1-2-Res-2019-08",
        "ELBSecurityPolicy-FS-1-2-Res-2020-10",
    }
)
"""Every predefined ELB security policy whose lowest protocol is TLS 1.2 or newer."""

RECOMMENDED_POLICY = "ELBSecurityPolicy-TLS13-1-2-2021-06"
"""The policy the template uses and violation messages suggest (TLS 1.3 and 1.2 only)."""


def refuses_below_tls12(name: object) -> bool:
    """Whether an ELB security policy name is one that negotiates only TLS 1.2 or newer."""
    return isinstance(name, str) and name in TLS12_POLICIES
