"""MemoryDB cluster with tls_enabled=False (plain Redis protocol on the wire).
expect: any @ leaderboard
category: transit
"""
import pulumi_aws as aws

aws.memorydb.Cluster("leaderboard", acl_name="open-access", node_type="db.t4g.small",
                     num_shards=1, tls_enabled=False, subnet_group_name="memorydb-subnets")
