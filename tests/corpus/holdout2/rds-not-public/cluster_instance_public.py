"""An Aurora cluster whose writer is private but whose reader instance is publicly accessible for a BI tool.

expect: rds-not-public @ bi-aurora-reader
"""

import pulumi_aws as aws
from holdout2_kit import SG

cluster = aws.rds.Cluster(
    "bi-aurora",
    engine="aurora-mysql",
    master_username="admin",
    manage_master_user_password=True,
    storage_encrypted=True,
    backup_retention_period=7,
    db_subnet_group_name="public-db",
    vpc_security_group_ids=[SG],
    deletion_protection=True,
)
for role, public in [("writer", False), ("reader", True)]:
    aws.rds.ClusterInstance(
        f"bi-aurora-{role}",
        cluster_identifier=cluster.id,
        instance_class="db.r7g.large",
        engine="aurora-mysql",
        publicly_accessible=public,
    )
