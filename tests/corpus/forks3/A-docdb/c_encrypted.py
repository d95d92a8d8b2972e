"""Encrypted DocumentDB with audit logs and managed password.
expect: clean
"""
import pulumi_aws as aws
from forks3_kit import cmk

key = cmk("docdb-key")
cluster = aws.docdb.Cluster("catalog-docdb", master_username="docdbadmin", manage_master_user_password=True,
    storage_encrypted=True, kms_key_id=key.arn, backup_retention_period=7, deletion_protection=True,
    enabled_cloudwatch_logs_exports=["audit", "profiler"], db_subnet_group_name="docdb-subnets",
    final_snapshot_identifier="catalog-docdb-final")
aws.docdb.ClusterInstance("catalog-docdb-0", cluster_identifier=cluster.id, instance_class="db.r6g.large")
