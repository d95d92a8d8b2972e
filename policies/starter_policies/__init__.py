"""The aws-starter policy pack's rules, grouped by concern. A pack is just this list."""

from starter_policies import compute, encryption, iam, network, storage, tagging

ALL_POLICIES = [
    *encryption.POLICIES, *iam.POLICIES, *network.POLICIES, *compute.POLICIES, *storage.POLICIES, *tagging.POLICIES,
]
