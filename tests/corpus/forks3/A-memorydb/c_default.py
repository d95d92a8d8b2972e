"""MemoryDB with TLS (default on), CMK at rest, a real ACL.
expect: clean
"""
import pulumi_aws as aws
from forks3_kit import PRIVATE_SUBNETS, cmk

key = cmk("memdb-key")
subnets = aws.memorydb.SubnetGroup("memdb-subnets", subnet_ids=PRIVATE_SUBNETS)
user = aws.memorydb.User("app-user", user_name="app", access_string="on ~app:* +@read +@write",
                         authentication_mode={"type": "iam"})
acl = aws.memorydb.Acl("app-acl", user_names=[user.user_name])
aws.memorydb.Cluster("ranking", acl_name=acl.name, node_type="db.t4g.small", num_shards=1,
                     tls_enabled=True, kms_key_arn=key.arn, subnet_group_name=subnets.name,
                     snapshot_retention_limit=7)
