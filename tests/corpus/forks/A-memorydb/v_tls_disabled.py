"""expect: any @ ledger-mem
category: transit
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

aws.memorydb.Cluster(
    "ledger-mem",
    acl_name="ledger-acl",
    node_type="db.r7g.large",
    num_shards=1,
    num_replicas_per_shard=1,
    subnet_group_name="mem-subnets",
    tls_enabled=False,
    snapshot_retention_limit=7,
)
