"""expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

key = cmk("cache-key")
subnets = aws.elasticache.SubnetGroup("cache-subnets", subnet_ids=SUBNETS)
sg = private_sg("cache-sg", 6379)
aws.elasticache.ReplicationGroup(
    "cache",
    description="app cache",
    engine="redis",
    engine_version="7.1",
    node_type="cache.r7g.large",
    num_cache_clusters=2,
    automatic_failover_enabled=True,
    multi_az_enabled=True,
    subnet_group_name=subnets.name,
    security_group_ids=[sg.id],
    at_rest_encryption_enabled=True,
    kms_key_id=key.arn,
    transit_encryption_enabled=True,
    transit_encryption_mode="required",
    auto_minor_version_upgrade=True,
    snapshot_retention_limit=7,
)
