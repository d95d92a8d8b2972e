"""ElastiCache Serverless (Valkey): encrypted at rest and TLS-only by design, private subnets, CMK.
expect: clean
"""
import pulumi_aws as aws
from forks3_kit import PRIVATE_SUBNETS, cmk, private_sg

key = cmk("valkey-key")
sg = private_sg("valkey-sg", 6379)
aws.elasticache.ServerlessCache("rate-limits", engine="valkey", major_engine_version="8", kms_key_id=key.arn,
    subnet_ids=PRIVATE_SUBNETS, security_group_ids=[sg.id], snapshot_retention_limit=7,
    cache_usage_limits={"data_storage": {"maximum": 10, "unit": "GB"}, "ecpu_per_seconds": [{"maximum": 5000}]})
