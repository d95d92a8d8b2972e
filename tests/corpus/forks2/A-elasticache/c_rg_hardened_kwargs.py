"""Redis replication group from an unpacked settings dict: at-rest (CMK) and transit encryption, auth token from config.

expect: clean
config: {"corpus:redisAuth": "not-a-real-auth-token-0123456789"}
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

key = kit.cmk("cache-key")
subnets = aws.elasticache.SubnetGroup("cache-subnets", subnet_ids=kit.SUBNETS)
SECURE = {"at_rest_encryption_enabled": True, "kms_key_id": key.arn, "transit_encryption_enabled": True,
          "auth_token": pulumi.Config().require_secret("redisAuth")}
aws.elasticache.ReplicationGroup("sessions", description="sessions", engine="redis", engine_version="7.1",
                                 node_type="cache.t4g.small", num_cache_clusters=2, automatic_failover_enabled=True,
                                 multi_az_enabled=True, subnet_group_name=subnets.name, security_group_ids=[kit.SG],
                                 snapshot_retention_limit=7, **SECURE)
