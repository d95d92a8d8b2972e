"""An ElastiCache replication group (Redis OSS) with neither at-rest nor in-transit encryption (blind test).

expect: encryption-at-rest @ sessions
expect: encryption-in-transit @ sessions
"""

import pulumi_aws as aws

aws.elasticache.ReplicationGroup(
    "sessions",
    description="session cache",
    engine="redis",
    node_type="cache.t4g.small",
    num_cache_clusters=2,
    automatic_failover_enabled=True,
    subnet_group_name="cache-subnets",
)
