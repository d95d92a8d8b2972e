"""Aurora PostgreSQL cluster, encrypted with default aws/rds key, private writer instance.
expect: clean
"""
import pulumi_aws as aws

cluster = aws.rds.Cluster("ledger", engine="aurora-postgresql", engine_version="15.4",
                          master_username="ledger", manage_master_user_password=True,
                          storage_encrypted=True, backup_retention_period=7, deletion_protection=True,
                          copy_tags_to_snapshot=True, iam_database_authentication_enabled=True,
                          enabled_cloudwatch_logs_exports=["postgresql"],
                          db_subnet_group_name="shared-db-subnets", final_snapshot_identifier="ledger-final")
for i in range(2):
    aws.rds.ClusterInstance(f"ledger-{i}", cluster_identifier=cluster.id, instance_class="db.r6g.large",
                            engine=cluster.engine, publicly_accessible=False)
