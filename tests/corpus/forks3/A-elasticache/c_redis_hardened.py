"""Redis with TLS, at-rest CMK, AUTH via user group-less default, private SG.
expect: clean
"""
import pulumi_aws as aws
from forks3_kit import PRIVATE_SUBNETS, cmk, private_sg

key = cmk("cache-key")
subnets = aws.elasticache.SubnetGroup("cache-subnets", subnet_ids=PRIVATE_SUBNETS)
sg = private_sg("cache-sg", 6379)
aws.elasticache.ReplicationGroup("profile-cache", description="profiles",
    engine="redis", engine_version="7.1", node_type="cache.t4g.small", num_cache_clusters=2,
    automatic_failover_enabled=True, multi_az_enabled=True,
    at_rest_encryption_enabled="true", kms_key_id=key.arn, transit_encryption_enabled=True,
    subnet_group_name=subnets.name, security_group_ids=[sg.id],
    snapshot_retention_limit=7, auto_minor_version_upgrade="true")
