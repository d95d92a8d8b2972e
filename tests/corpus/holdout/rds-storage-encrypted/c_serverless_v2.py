"""Aurora PostgreSQL Serverless v2 with storage_encrypted and a serverless cluster instance.

expect: clean
"""

import pulumi_aws as aws

cluster = aws.rds.Cluster(
    "billing",
    aws.rds.ClusterArgs(
        engine="aurora-postgresql",
        engine_mode="provisioned",
        engine_version="16.2",
        master_username="billing",
        manage_master_user_password=True,
        storage_encrypted=True,
        backup_retention_period=7,
        database_name="billing",
        db_subnet_group_name="private-dbs",
        serverlessv2_scaling_configuration=aws.rds.ClusterServerlessv2ScalingConfigurationArgs(
            min_capacity=0.5, max_capacity=4
        ),
    ),
)
aws.rds.ClusterInstance(
    "billing-1",
    cluster_identifier=cluster.id,
    instance_class="db.serverless",
    engine=cluster.engine,
    engine_version=cluster.engine_version,
)
