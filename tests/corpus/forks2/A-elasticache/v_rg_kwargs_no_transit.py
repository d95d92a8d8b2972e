"""Valkey replication group built from a settings dict unpacked into kwargs, transit encryption off.

expect: any @ queue-cache
category: transit
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

key = kit.cmk("cache-key")
subnets = aws.elasticache.SubnetGroup("cache-subnets", subnet_ids=kit.SUBNETS)

SETTINGS = {
    "engine": "valkey",
    "node_type": "cache.t4g.small",
    "num_cache_clusters": 2,
    "automatic_failover_enabled": True,
    "at_rest_encryption_enabled": True,
    "kms_key_id": key.arn,
    "transit_encryption_enabled": False,
    "snapshot_retention_limit": 7,
}
aws.elasticache.ReplicationGroup("queue-cache", description="queue cache", subnet_group_name=subnets.name,
                                 security_group_ids=[kit.SG], **SETTINGS)
