"""Memcached cluster without in-transit encryption.

expect: any @ pages
category: transit
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

key = kit.cmk("cache-key")
subnets = aws.elasticache.SubnetGroup("cache-subnets", subnet_ids=kit.SUBNETS)

aws.elasticache.Cluster("pages", engine="memcached", node_type="cache.t4g.small", num_cache_nodes=2,
                        subnet_group_name=subnets.name, security_group_ids=[kit.SG], transit_encryption_enabled=False)
