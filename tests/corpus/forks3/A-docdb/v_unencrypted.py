"""DocumentDB cluster without storage encryption (FSBP DocumentDB.1).
expect: any @ profiles-docdb
category: rest
"""
import pulumi_aws as aws

cluster = aws.docdb.Cluster("profiles-docdb", engine="docdb", master_username="docdbadmin",
    manage_master_user_password=True, db_subnet_group_name="docdb-subnets", backup_retention_period=7,
    skip_final_snapshot=True)
aws.docdb.ClusterInstance("profiles-docdb-0", cluster_identifier=cluster.id, instance_class="db.r6g.large")
