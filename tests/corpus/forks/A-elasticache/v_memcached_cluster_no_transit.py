"""expect: any @ sessions-mc
category: transit
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

aws.elasticache.Cluster(
    "sessions-mc",
    engine="memcached",
    engine_version="1.6.22",
    node_type="cache.t4g.small",
    num_cache_nodes=2,
    subnet_group_name="cache-subnets",
    security_group_ids=[SG],
    transit_encryption_enabled=False,
)
