"""expect: any @ cache
category: rest
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

aws.elasticache.ReplicationGroup(
    "cache",
    description="app cache",
    engine="valkey",
    node_type="cache.t4g.small",
    num_cache_clusters=2,
    automatic_failover_enabled=True,
    subnet_group_name="app-cache-subnets",
    at_rest_encryption_enabled="false",
    transit_encryption_enabled="true",
    snapshot_retention_limit=5,
)
