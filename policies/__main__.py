"""Entry point the Pulumi CLI runs: it only builds the pack (constructing PolicyPack serves forever)."""

from pulumi_policy import EnforcementLevel, PolicyPack
from starter_policies import ALL_POLICIES

PolicyPack(name="aws-starter-guardrails", enforcement_level=EnforcementLevel.ADVISORY, policies=ALL_POLICIES)
