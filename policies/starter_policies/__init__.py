"""The aws-starter policy pack's rules, grouped by concern. A pack is just this list."""

from starter_policies import (
    cdn,
    compute,
    datastores,
    derived,
    encryption,
    iam,
    messaging,
    network,
    observability,
    serverless,
    storage,
    tagging,
)

ALL_POLICIES = [
    *encryption.POLICIES,
    *iam.POLICIES,
    *network.POLICIES,
    *compute.POLICIES,
    *storage.POLICIES,
    *tagging.POLICIES,
    *datastores.POLICIES,
    *serverless.POLICIES,
    *cdn.POLICIES,
    *messaging.POLICIES,
    *observability.POLICIES,
    *derived.POLICIES,
]
