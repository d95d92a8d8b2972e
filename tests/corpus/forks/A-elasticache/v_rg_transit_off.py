"""expect: any @ sessions
category: transit
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

key = cmk("sessions-key")
subnets = aws.elasticache.SubnetGroup("sessions-subnets", subnet_ids=SUBNETS)
aws.elasticache.ReplicationGroup(
    "sessions",
    description="user sessions",
    engine="redis",
    engine_version="7.1",
    node_type="cache.t4g.small",
    num_cache_clusters=2,
    automatic_failover_enabled=True,
    multi_az_enabled=True,
    subnet_group_name=subnets.name,
    security_group_ids=[SG],
    at_rest_encryption_enabled=True,
    kms_key_id=key.arn,
    transit_encryption_enabled=False,
    snapshot_retention_limit=7,
)
