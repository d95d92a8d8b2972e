"""expect: clean
"""

import json

import pulumi
import pulumi_aws as aws

from forks_kit import *  # noqa: F403

user = aws.memorydb.User("ledger-user", user_name="ledger-app", access_string="on ~ledger:* +@all -@dangerous",
                         authentication_mode={"type": "iam"})
acl = aws.memorydb.Acl("ledger-acl", name="ledger-acl", user_names=[user.user_name])
aws.memorydb.Cluster(
    "ledger-mem",
    acl_name=acl.name,
    node_type="db.r7g.large",
    num_shards=1,
    num_replicas_per_shard=1,
    subnet_group_name="mem-subnets",
    security_group_ids=[SG],
    tls_enabled=True,
    kms_key_arn=cmk("ledger-key").arn,
    snapshot_retention_limit=7,
    auto_minor_version_upgrade=True,
)
