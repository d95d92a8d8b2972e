"""at_rest_encryption_enabled spelled as the string "false" (the v7 type is a string).
expect: any @ queue-cache
category: rest
"""
import pulumi_aws as aws

aws.elasticache.ReplicationGroup("queue-cache", description="bull queues", engine="redis", node_type="cache.t4g.small",
    num_cache_clusters=1, at_rest_encryption_enabled="false", transit_encryption_enabled=True, subnet_group_name="cache-subnets")
