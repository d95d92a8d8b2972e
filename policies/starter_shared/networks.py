"""What "open to the internet" means for one CIDR range or a set of them (IPv4 and IPv6, any spelling)."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable

Network = ipaddress.IPv4Network | ipaddress.IPv6Network

EVERYWHERE: tuple[Network, ...] = (ipaddress.ip_network("0.0.0.0/0"), ipaddress.ip_network("::/0"))
"""The whole IPv4 and the whole IPv6 address space."""


def parse(cidr: object) -> Network | None:
    """A CIDR range in any spelling (``0.0.0.0/0``, ``::0/0``, host bits set), or None when it is not one."""
    if not isinstance(cidr, str):
        return None
    try:
        return ipaddress.ip_network(cidr.strip(), strict=False)
    except ValueError:
        return None


def is_everywhere(cidr: object) -> bool:
    """Whether one range is the whole IPv4 or IPv6 address space."""
    return parse(cidr) in EVERYWHERE


def open_to_internet(cidrs: Iterable[object]) -> list[str]:
    """The address families (``0.0.0.0/0``, ``::/0``) that a set of ranges covers completely, together.

    ``0.0.0.0/1`` and ``128.0.0.0/1`` each cover half of IPv4 and both together all of it; unparsable entries
    cover nothing."""
    by_version: dict[int, list[Network]] = {4: [], 6: []}
    for cidr in cidrs:
        network = parse(cidr)
        if network is not None:
            by_version[network.version].append(network)
    covered = []
    for everywhere in EVERYWHERE:
        ranges = by_version[everywhere.version]
        if ranges and list(ipaddress.collapse_addresses(ranges)) == [everywhere]:  # type: ignore[type-var]  # by_version[v] holds only IPv<v> networks: its type cannot say so
            covered.append(str(everywhere))
    return covered
