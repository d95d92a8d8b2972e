"""The aws-starter policy pack's rules, grouped by concern. A pack is just this list."""

from starter_policies import compute, iam, storage, tagging

ALL_POLICIES = [*compute.POLICIES, *iam.POLICIES, *storage.POLICIES, *tagging.POLICIES]
