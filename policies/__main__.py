"""Entry point the Pulumi CLI runs: it only builds the pack (constructing PolicyPack serves forever)."""

from pulumi_policy import EnforcementLevel, PolicyPack
from pulumi_policy import policy as sdk
from starter_policies import ALL_POLICIES, request_cache

# Deserialise each request once instead of once per rule; only on pulumi-policy releases the patch knows, else the
# plain SDK with a one-line notice on stderr (see the module).
request_cache.install(sdk)
PolicyPack(name="aws-starter-guardrails", enforcement_level=EnforcementLevel.ADVISORY, policies=ALL_POLICIES)
