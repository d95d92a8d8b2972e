"""Entry point the Pulumi CLI runs: it only builds the pack (constructing PolicyPack serves forever)."""

from pulumi_policy import EnforcementLevel, PolicyPack
from pulumi_policy import policy as sdk
from starter_policies import ALL_POLICIES, request_cache

request_cache.install(sdk)  # deserialise each request once instead of once per rule (see the module)
PolicyPack(name="aws-starter-guardrails", enforcement_level=EnforcementLevel.ADVISORY, policies=ALL_POLICIES)
