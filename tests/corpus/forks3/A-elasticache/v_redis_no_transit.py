"""Redis replication group with TLS off. FSBP ElastiCache.5.
expect: any @ sessions-redis
category: transit
"""
import pulumi_aws as aws

aws.elasticache.ReplicationGroup("sessions-redis", description="web sessions",
    engine="redis", engine_version="7.1", node_type="cache.t4g.small", num_cache_clusters=2,
    automatic_failover_enabled=True, at_rest_encryption_enabled="true", transit_encryption_enabled=False,
    subnet_group_name="cache-subnets", snapshot_retention_limit=3)
