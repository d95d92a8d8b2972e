"""An Aurora PostgreSQL cluster (provisioned) with two instances and storage_encrypted omitted.

expect: rds-storage-encrypted @ orders-aurora
"""

import pulumi_aws as aws
from holdout2_kit import SG

cluster = aws.rds.Cluster(
    "orders-aurora",
    engine="aurora-postgresql",
    engine_version="16.4",
    master_username="app",
    manage_master_user_password=True,
    db_subnet_group_name="private-db",
    vpc_security_group_ids=[SG],
    backup_retention_period=7,
    deletion_protection=True,
)
for i in range(2):
    aws.rds.ClusterInstance(
        f"orders-aurora-{i}",
        cluster_identifier=cluster.id,
        instance_class="db.r7g.large",
        engine=cluster.engine,
        publicly_accessible=False,
    )
