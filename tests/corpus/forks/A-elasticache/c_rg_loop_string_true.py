"""expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

for tenant in ["us", "eu"]:
    aws.elasticache.ReplicationGroup(
        f"tenant-cache-{tenant}",
        description=f"{tenant} cache",
        engine="valkey",
        engine_version="8.0",
        node_type="cache.t4g.small",
        num_cache_clusters=2,
        automatic_failover_enabled="true",
        multi_az_enabled="true",
        subnet_group_name="cache-subnets",
        at_rest_encryption_enabled="true",
        transit_encryption_enabled="true",
        snapshot_retention_limit=7,
    )
