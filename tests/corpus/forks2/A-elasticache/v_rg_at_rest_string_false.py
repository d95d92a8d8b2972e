"""Redis replication group with at-rest encryption "false" (string).

expect: any @ sessions
category: rest
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

key = kit.cmk("cache-key")
subnets = aws.elasticache.SubnetGroup("cache-subnets", subnet_ids=kit.SUBNETS)

aws.elasticache.ReplicationGroup("sessions", description="sessions", engine="redis", node_type="cache.t4g.small",
                                 num_cache_clusters=2, automatic_failover_enabled=True, subnet_group_name=subnets.name,
                                 security_group_ids=[kit.SG], at_rest_encryption_enabled="false",
                                 transit_encryption_enabled=True, snapshot_retention_limit=7)
