"""expect: any @ queue-cache-eu
category: rest
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

# one per tenant; the EU one was copied from an old snippet
settings = {
    "us": {"at_rest_encryption_enabled": True, "transit_encryption_enabled": True},
    "eu": {"transit_encryption_enabled": True},
}
for tenant, enc in settings.items():
    aws.elasticache.ReplicationGroup(
        f"queue-cache-{tenant}",
        description=f"queue cache {tenant}",
        engine="redis",
        engine_version="7.1",
        node_type="cache.t4g.micro",
        num_cache_clusters=2,
        automatic_failover_enabled=True,
        subnet_group_name="cache-subnets",
        snapshot_retention_limit=3,
        **enc,
    )
