"""An Aurora MySQL cluster without storage_encrypted (Aurora provisioned defaults to unencrypted).

expect: rds-storage-encrypted @ catalog-aurora
"""

import pulumi_aws as aws

cluster = aws.rds.Cluster(
    "catalog-aurora",
    engine="aurora-mysql",
    engine_version="8.0.mysql_aurora.3.05.2",
    master_username="admin",
    manage_master_user_password=True,
    backup_retention_period=7,
    skip_final_snapshot=True,
    db_subnet_group_name="private-dbs",
)
aws.rds.ClusterInstance(
    "catalog-aurora-1", cluster_identifier=cluster.id, instance_class="db.r6g.large", engine="aurora-mysql"
)
