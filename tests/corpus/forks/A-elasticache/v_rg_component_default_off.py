"""expect: any @ orders-redis
category: transit
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

class RedisStore(pulumi.ComponentResource):
    def __init__(self, name, tls: bool = False, opts=None):
        super().__init__("acme:data:RedisStore", name, None, opts)
        self.group = aws.elasticache.ReplicationGroup(
            f"{name}-redis",
            description=f"{name} store",
            engine="redis",
            engine_version="7.1",
            node_type="cache.m7g.large",
            num_cache_clusters=2,
            automatic_failover_enabled=True,
            subnet_group_name="cache-subnets",
            at_rest_encryption_enabled=True,
            transit_encryption_enabled=tls,
            snapshot_retention_limit=7,
            opts=pulumi.ResourceOptions(parent=self),
        )
        self.register_outputs({})

RedisStore("orders")
