"""expect: any @ sessions
category: secret
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

aws.elasticache.ReplicationGroup(
    "sessions",
    description="sessions",
    engine="redis",
    engine_version="7.1",
    node_type="cache.t4g.small",
    num_cache_clusters=2,
    automatic_failover_enabled=True,
    subnet_group_name="cache-subnets",
    at_rest_encryption_enabled=True,
    transit_encryption_enabled=True,
    auth_token="sessions-redis-auth-token-0123456789",
    snapshot_retention_limit=7,
)
