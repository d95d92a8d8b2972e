"""Aurora cluster encrypted, but its writer instance is publicly accessible. FSBP RDS.2 covers cluster instances.
expect: any @ billing-writer
category: exposure
"""
import pulumi_aws as aws

cluster = aws.rds.Cluster("billing", engine="aurora-mysql", master_username="billing",
                          manage_master_user_password=True, storage_encrypted=True,
                          db_subnet_group_name="shared-db-subnets", skip_final_snapshot=True)
aws.rds.ClusterInstance("billing-writer", cluster_identifier=cluster.id, instance_class="db.r6g.large",
                        engine=cluster.engine, publicly_accessible=True)
