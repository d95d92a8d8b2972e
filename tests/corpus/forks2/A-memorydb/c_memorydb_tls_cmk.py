"""MemoryDB cluster with TLS, a CMK and a restricted ACL.

expect: clean
config: {"corpus:memorydbPassword": "not-a-real-passw0rd-1234"}
"""

import json

import pulumi
import pulumi_aws as aws

import forks2_kit as kit

cfg = pulumi.Config()
user = aws.memorydb.User("app-user", user_name="app", access_string="on ~app:* +@read +@write",
                         authentication_mode={"type": "password", "passwords": [cfg.require_secret("memorydbPassword")]})
acl = aws.memorydb.Acl("app-acl", name="app-acl", user_names=[user.user_name])
subnets = aws.memorydb.SubnetGroup("sessions-subnets", subnet_ids=kit.SUBNETS)
aws.memorydb.Cluster("sessions", node_type="db.t4g.small", acl_name=acl.name, tls_enabled=True,
                     kms_key_arn=kit.cmk("mdb-key").arn, subnet_group_name=subnets.name, security_group_ids=[kit.SG],
                     num_shards=1, snapshot_retention_limit=7)
