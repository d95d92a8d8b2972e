"""Redis replication group without at-rest encryption (left out). FSBP ElastiCache.4.
expect: any @ cart-cache
category: rest
"""
import pulumi_aws as aws

args = aws.elasticache.ReplicationGroupArgs(description="cart", engine="redis", node_type="cache.t4g.micro",
    num_cache_clusters=2, automatic_failover_enabled=True, transit_encryption_enabled=True,
    subnet_group_name="cache-subnets", snapshot_retention_limit=1)
aws.elasticache.ReplicationGroup("cart-cache", args)
