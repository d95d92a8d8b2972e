"""Placeholder until generated."""

PULUMI_AWS_VERSION = ""
COMPARED = 0
CASE_INSENSITIVE: frozenset[str] = frozenset()
NOT_ENFORCED: frozenset[str] = frozenset()
